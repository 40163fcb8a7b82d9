/**
 * What the renderers share and users should not: not API, and may change in any release.
 */
package dev.readout.reports.internal;
