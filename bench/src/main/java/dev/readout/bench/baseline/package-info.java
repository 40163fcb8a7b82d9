/**
 * The baselines Readout's renderers are compared with: {@link dev.readout.bench.baseline.RawPdf}
 * (OpenPDF) and {@link dev.readout.bench.baseline.RawDocx} (Apache POI) write the content of a
 * document, extracted once into plain values by {@link dev.readout.bench.baseline.BaselineContent}.
 */
package dev.readout.bench.baseline;
