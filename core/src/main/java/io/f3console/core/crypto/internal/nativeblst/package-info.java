/**
 * The only code that touches JNA ({@code com.sun.jna}): blst's C functions that jblst does not
 * expose, above all the Pippenger multi-scalar multiplication {@code blst_p1s_mult_pippenger},
 * called in the copy of the blst library that jblst bundles. One public entry point, {@link
 * io.f3console.core.crypto.internal.nativeblst.NativeBackend}, with plain Java types and opaque
 * handles; no JNA type leaves this package.
 *
 * <p>The library is loaded lazily, once, by {@code NativeLibraryLoader}. If JNA, the bundled
 * library or one of its symbols is missing, the backend reports itself unavailable and the callers
 * fall back to the pure-Java paths over jblst.
 */
package io.f3console.core.crypto.internal.nativeblst;
