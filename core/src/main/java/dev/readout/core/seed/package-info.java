/**
 * The seed dataset built into Readout: two news articles on Vietnam's defence diplomacy (2022 and
 * 2024), encoded completely and shipped with their full texts so that every quote is verified. Start
 * with {@link dev.readout.core.seed.Datasets#seed()}, whose class documentation lists what the seed
 * holds; the package-private classes encode it article by article and counterpart by counterpart.
 */
package dev.readout.core.seed;
