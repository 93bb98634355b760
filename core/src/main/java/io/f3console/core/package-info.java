/**
 * What every core package shares: {@link io.f3console.core.F3Exception}, the root of the checked
 * exceptions whose message is written for an operator, and {@link io.f3console.core.Secrets}, the
 * one rule that keeps node tokens out of everything the product writes. It depends on nothing else
 * in F3 Console, and every other package may depend on it.
 */
package io.f3console.core;
