package dev.readout.core.dataset;

import dev.readout.core.model.Amendment;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Fact;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Person;
import dev.readout.core.model.RecordKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out where the accounts of a record differ: the values its amendments give to fields that
 * hold one value, and the values of the factual fields (a date, a format, the makers) of the records
 * declared the same fact, each with the quotes that give it.
 */
final class Accounts {
  private Accounts() {}

  /** One source's value for a field, with its quotes and remark. */
  private record Said(Object value, List<Evidence> evidence, Optional<String> note) {}

  static List<Disagreement> disagreements(Dataset dataset, RecordKind kind, int index) {
    Optional<FieldTable<Identified, Object>> table = AmendableFields.of(kind);
    if (table.isEmpty()) {
      return List.of();
    }
    Resolution resolution = dataset.resolution();
    Identified added = dataset.recordsAsAdded(kind).get(index);
    Identified amended = resolution.effective.of(kind).get(index);
    List<Integer> amendments = resolution.amendmentsOf(kind, index);
    List<Integer> group = kind == RecordKind.ENGAGEMENT || kind == RecordKind.COMMITMENT
        ? dataset.sameAsOf(kind).group(index) : List.of(index);
    // The group is counted as its first record: that one's values are preferred.
    Identified counted = resolution.effective.of(kind).get(group.get(0));

    Set<String> fields = new LinkedHashSet<>();
    for (int j : amendments) {
      Amendment a = dataset.amendments().get(j);
      a.fields().stream().filter(f -> table.get().field(f).filter(x -> x.mode() == FieldTable.Mode.SET).isPresent())
          .forEach(fields::add);
    }
    if (group.size() > 1) {
      table.get().factual().forEach(f -> fields.add(f.name()));
    }
    List<Disagreement> out = new ArrayList<>();
    for (String name : table.get().names()) {
      if (!fields.contains(name)) {
        continue;
      }
      FieldTable.Field<Identified, Object> field = table.get().field(name).orElseThrow();
      List<Said> said = new ArrayList<>();
      for (int member : group) {
        int at = member;
        Identified original = dataset.recordsAsAdded(kind).get(at);
        said.add(new Said(field.get().apply(original), evidence(original), Optional.empty()));
        for (int j : resolution.amendmentsOf(kind, at)) {
          Amendment a = dataset.amendments().get(j);
          if (a.fields().contains(name)) {
            said.add(new Said(field.get().apply(a.record()), a.evidence(), a.note()));
          }
        }
      }
      Object preferred = field.get().apply(group.size() > 1 ? counted : amended);
      List<Account> accounts = accounts(said, preferred);
      if (accounts.size() > 1) {
        out.add(new Disagreement(name, accounts));
      }
    }
    return out;
  }

  /** The distinct values said, each with the quotes and remarks of all that said it, the preferred first. */
  private static List<Account> accounts(List<Said> said, Object preferred) {
    List<Object> values = new ArrayList<>();
    for (Said s : said) {
      if (!values.contains(s.value())) {
        values.add(s.value());
      }
    }
    List<Account> accounts = new ArrayList<>();
    for (Object value : values) {
      List<Evidence> evidence = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      for (Said s : said) {
        if (s.value().equals(value)) {
          evidence = Merge.union(evidence, s.evidence());
          s.note().filter(n -> !notes.contains(n)).ifPresent(notes::add);
        }
      }
      Account account = new Account(value, value.equals(preferred), evidence, notes);
      if (account.preferred()) {
        accounts.add(0, account);
      } else {
        accounts.add(account);
      }
    }
    return accounts;
  }

  /** The quotes a record gives for itself: a fact's evidence, a person's or organisation's; none for a source or country. */
  static List<Evidence> evidence(Identified record) {
    if (record instanceof Fact fact) {
      return fact.evidence();
    }
    if (record instanceof Person person) {
      return person.evidence();
    }
    if (record instanceof Organization organization) {
      return organization.evidence();
    }
    return List.of();
  }
}
