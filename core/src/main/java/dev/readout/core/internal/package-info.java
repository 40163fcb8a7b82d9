/**
 * Readout's internal helpers: the Immutables style shared by every model package and the text
 * normalisation every value applies when it is built. Not exported; nothing here is API.
 */
package dev.readout.core.internal;
