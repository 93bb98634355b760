/**
 * The only code that uses zstd-jni's types and native library (ADR 0007); not part of the public
 * API.
 */
package io.f3console.core.blocks.internal.zstd;
