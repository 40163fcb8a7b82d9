/**
 * The immutable model of defence-diplomacy engagements: {@link dev.readout.core.model.Engagement}
 * (meetings, calls, visits) and the {@link dev.readout.core.model.Commitment}s made in them, with
 * the people, organisations, instruments, programmes and milestones involved. Every fact carries
 * {@link dev.readout.core.model.Evidence}: a verbatim quote of a {@link dev.readout.core.model.Source}.
 * Start with {@code Engagement} and {@code Commitment}; values are built with their {@code builder()}.
 */
@ReadoutStyle
package dev.readout.core.model;
