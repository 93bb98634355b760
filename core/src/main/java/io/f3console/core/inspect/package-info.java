/**
 * What the console shows about loaded data, computed once and returned as values: a whole chain of
 * certificates validated with every stage recorded ({@link
 * io.f3console.core.inspect.ChainInspection}), the committee of any instance ({@link
 * io.f3console.core.inspect.PowerTableTimeline}) and the history of a worker key ({@link
 * io.f3console.core.inspect.KeyHistory}). Nothing here knows about a user interface.
 */
package io.f3console.core.inspect;
