/**
 * Readout's internal helpers: the text normalisation every value applies when it is built and
 * validation applies to quotes. Not exported; nothing here is API.
 */
package dev.readout.core.internal;
