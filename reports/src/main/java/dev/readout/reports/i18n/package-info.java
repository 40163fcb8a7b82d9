/**
 * The words of briefings in each report language: {@link dev.readout.reports.i18n.Labels} reads one
 * UTF-8 resource bundle a language ({@code labels_en.properties}, {@code labels_vi.properties}) and
 * formats partial dates, enum values, cooperation areas and country names in that language. Adding
 * a language is adding one bundle file.
 */
package dev.readout.reports.i18n;
