/**
 * The {@code readout} command: render briefings (once, or again on every change with {@code
 * watch}), validate and export dataset files, draft one from an article for review, print the JSON
 * Schema and list what a dataset holds.
 * {@link dev.readout.cli.Main} is the entry point; each subcommand is its own class ({@code render}
 * and {@code watch} share {@code RenderOptions}), and {@link dev.readout.cli.AtomicFiles} writes
 * every output so that a failed run leaves no partial file.
 */
package dev.readout.cli;
