/**
 * The F3 networks F3 Console knows about, as the project's own data ({@code
 * resources/networks/networks.json}, copied onto the classpath), and the resolution of a user-typed
 * network name to an F3 network name. Values are taken from the public F3 manifests that Lotus and
 * Forest embed; each profile names its sources.
 */
package io.f3console.core.network;
