/**
 * Following the connected node live, for the whole window: {@link
 * io.f3console.app.ui.follow.LiveFollow} runs one core {@code monitor.MonitorRound} per interval in
 * the background through a {@link io.f3console.app.ui.follow.FollowSession} (never two at once, the
 * store open only during a round) and publishes each round's {@link
 * io.f3console.app.ui.follow.FollowSnapshot} on the UI thread, paced by a {@link
 * io.f3console.app.ui.follow.RoundPacer}. Every decision is core's ({@code monitor}, {@code
 * health}, {@code store}); this package only schedules and presents. {@code ui.context} and the
 * Health view use it; it must not depend on them.
 */
package io.f3console.app.ui.follow;
