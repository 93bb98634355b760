/**
 * Checks around F3's bootstrap: whether the initial power table every source holds is the one the
 * network used, as a release engineer needs before baking its CID into a build ("Release B").
 * {@link io.f3console.core.bootstrap.ReleaseCheck} gathers the evidence, {@link
 * io.f3console.core.bootstrap.ReleaseReport} writes it as Markdown.
 */
package io.f3console.core.bootstrap;
