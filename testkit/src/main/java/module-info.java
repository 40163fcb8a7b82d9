/**
 * jqwik generators for every type of Readout's model and for whole datasets, valid by construction
 * or breaking exactly one rule. Start at {@link dev.readout.testkit.ReadoutArbitraries}.
 */
module dev.readout.testkit {
  requires transitive dev.readout.core;
  requires transitive net.jqwik.api;

  exports dev.readout.testkit;

  // So that @ForAll Dataset, Engagement, … work without @Provide (also listed in META-INF/services
  // for the class path).
  provides net.jqwik.api.providers.ArbitraryProvider with
      dev.readout.testkit.ReadoutDomain;
}
