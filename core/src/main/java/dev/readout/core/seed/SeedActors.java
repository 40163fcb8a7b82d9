package dev.readout.core.seed;

import static dev.readout.core.seed.SeedSources.admm2022;
import static dev.readout.core.seed.SeedSources.us2024;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Country;
import dev.readout.core.model.Organization;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import java.util.List;

/**
 * The countries, organisations and people of the seed dataset. Native names and dates of office
 * that the articles do not give come from public record, and each such record says so in a note.
 */
final class SeedActors {
  // Countries, as parties.
  static final Party VN = Party.country("VN");
  static final Party US = Party.country("US");
  static final Party ID = Party.country("ID");
  static final Party KR = Party.country("KR");
  static final Party IN = Party.country("IN");

  // Organisation ids.
  static final String VN_MND = "vn-mnd";
  static final String VN_GENERAL_STAFF = "vn-vpa-general-staff";
  static final String VN_EMBASSY_US = "vn-embassy-us";
  static final String VIETTEL = "viettel";
  static final String US_DOD = "us-dod";
  static final String US_CONGRESS = "us-congress";
  static final String US_SENATE = "us-senate";
  static final String ID_MOD = "id-mod";
  static final String KR_MND = "kr-mnd";
  static final String KR_MOFA = "kr-mofa";
  static final String KOICA = "koica";
  static final String HANWHA = "hanwha";
  static final String IN_MOD = "in-mod";
  static final String ASEAN = "asean";

  // Person ids.
  static final String GIANG = "phan-van-giang";
  static final String BINH = "nguyen-trong-binh";
  static final String DUNG = "nguyen-quoc-dung";
  static final String AUSTIN = "lloyd-austin";
  static final String LEAHY = "patrick-leahy";
  static final String RIESER = "tim-rieser";
  static final String PRABOWO = "prabowo-subianto";
  static final String LEE = "lee-jong-sup";
  static final String SINGH = "rajnath-singh";

  private static final String NATIVE_NAME_OUTSIDE =
      "The native name is not in the articles; it comes from public record.";
  private static final String LATIN_ONLY =
      "No native-script name is encoded: the articles give none.";
  private static final String TERM_OUTSIDE =
      "The dates of office are not in the articles; they come from public record. ";

  private SeedActors() {}

  static Party org(String id) {
    return Party.organization(id);
  }

  static Party person(String id) {
    return Party.person(id);
  }

  static List<Country> countries() {
    return List.of(Country.of("VN"), Country.of("US"), Country.of("ID"), Country.of("KR"), Country.of("IN"));
  }

  static List<Organization> organizations() {
    return List.of(
        Organization.builder().id(VN_MND).name("Ministry of National Defence")
            .nativeName("Bộ Quốc phòng").nativeNameLanguage("vi").acronym("MND")
            .organizationKind(OrganizationKind.MINISTRY).country("VN")
            .addEvidence(us2024("the Vietnamese MND made a documentary film"))
            .note(NATIVE_NAME_OUTSIDE).build(),
        Organization.builder().id(VN_GENERAL_STAFF).name("General Staff of the Vietnam People's Army")
            .nativeName("Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam").nativeNameLanguage("vi")
            .organizationKind(OrganizationKind.ARMED_FORCES).country("VN").parent(VN_MND)
            .addEvidence(us2024("Deputy Chief of the General Staff of the Vietnam People’s Army"))
            .note(NATIVE_NAME_OUTSIDE + " That the General Staff is an organ of the Ministry of National"
                + " Defence is public record too.")
            .build(),
        Organization.builder().id(VN_EMBASSY_US).name("Embassy of Vietnam in the United States")
            .nativeName("Đại sứ quán Việt Nam tại Hoa Kỳ").nativeNameLanguage("vi")
            .organizationKind(OrganizationKind.EMBASSY)
            .country("VN")
            .addEvidence(us2024("the Embassy of Vietnam in Washington D.C."))
            .note(NATIVE_NAME_OUTSIDE).build(),
        Organization.builder().id(VIETTEL).name("Military Industry-Telecoms Group").acronym("Viettel")
            .nativeName("Tập đoàn Công nghiệp - Viễn thông Quân đội").nativeNameLanguage("vi")
            .organizationKind(OrganizationKind.COMPANY)
            .country("VN").parent(VN_MND)
            .addEvidence(admm2022("the Military Industry-Telecoms Group (Viettel)"))
            .note(NATIVE_NAME_OUTSIDE + " That the group belongs to the Ministry of National Defence is"
                + " public record too.")
            .build(),
        Organization.builder().id(US_DOD).name("U.S. Department of Defense").organizationKind(OrganizationKind.MINISTRY)
            .country("US")
            .addEvidence(admm2022("the U.S. Department of Defense"), admm2022("the U.S. Defense Department"))
            .build(),
        Organization.builder().id(US_CONGRESS).name("U.S. Congress").organizationKind(OrganizationKind.LEGISLATURE)
            .country("US")
            .addEvidence(us2024("the U.S. Government, Congress and people"))
            .build(),
        Organization.builder().id(US_SENATE).name("U.S. Senate").organizationKind(OrganizationKind.LEGISLATURE)
            .country("US").parent(US_CONGRESS)
            .addEvidence(us2024("generations of U.S. senators"))
            .build(),
        Organization.builder().id(ID_MOD).name("Ministry of Defence of Indonesia")
            .nativeName("Kementerian Pertahanan Republik Indonesia").nativeNameLanguage("id")
           
            .organizationKind(OrganizationKind.MINISTRY)
            .country("ID")
            .addEvidence(admm2022("Indonesian Defense Minister Prabowo Subianto"))
            .note(NATIVE_NAME_OUTSIDE + " The article names the ministry only through its minister and"
                + " 'their Ministries of Defense'.")
            .build(),
        Organization.builder().id(KR_MND).name("Ministry of National Defense of the Republic of Korea")
            .organizationKind(OrganizationKind.MINISTRY).country("KR")
            .addEvidence(admm2022("his counterpart from the Republic of Korea Lee Jong-sup"))
            .note("The article names the ministry only through its minister. " + LATIN_ONLY)
            .build(),
        Organization.builder().id(KR_MOFA).name("Ministry of Foreign Affairs of the Republic of Korea")
            .organizationKind(OrganizationKind.MINISTRY).country("KR")
            .addEvidence(admm2022("Korean Foreign Ministry"))
            .note("The article calls it the 'Korean Foreign Ministry'. " + LATIN_ONLY)
            .build(),
        Organization.builder().id(KOICA).name("Korea International Cooperation Agency").acronym("KOICA")
            .organizationKind(OrganizationKind.AGENCY).country("KR").parent(KR_MOFA)
            .addEvidence(admm2022("Korean International Cooperation Agency (KOICA)"))
            .note("The article spells it 'Korean International Cooperation Agency'; the name here is the"
                + " agency's own English name, and that it reports to the Foreign Ministry is public"
                + " record, not in the article.")
            .build(),
        Organization.builder().id(HANWHA).name("Hanwha Group").organizationKind(OrganizationKind.COMPANY)
            .country("KR")
            .addEvidence(admm2022("Korean Hanwha Group"))
            .build(),
        Organization.builder().id(IN_MOD).name("Ministry of Defence of India").organizationKind(OrganizationKind.MINISTRY)
            .country("IN")
            .addEvidence(admm2022("the MoU on mutual logistics support between the two defense ministries"))
            .note("The article names the ministry only as one of 'the two defense ministries'. " + LATIN_ONLY)
            .build(),
        Organization.builder().id(ASEAN).name("Association of Southeast Asian Nations").acronym("ASEAN")
            .organizationKind(OrganizationKind.INTERNATIONAL_BODY)
            .addEvidence(admm2022("the ASEAN Chairmanship"))
            .build());
  }

  static List<Person> people() {
    return List.of(
        Person.builder().id(GIANG).name("Phan Van Giang")
            .nativeName("Phan Văn Giang").nativeNameLanguage("vi")
            .honorific("General")
            .country("VN")
            .addAppointment(Appointment.builder().title("Minister of National Defence").organization(VN_MND)
                .start(EdtfDate.parse("2021-04"))
                .addEvidence(admm2022("Defense Minister General Phan Van Giang"),
                    us2024("the Vietnamese defense chief"))
                .note(TERM_OUTSIDE + "He became minister in April 2021 and still held the post when the"
                    + " 2024 article was written.")
                .build())
            .addEvidence(admm2022("General Phan Van Giang"), us2024("General Phan Van Giang"))
            .note(NATIVE_NAME_OUTSIDE).build(),
        Person.builder().id(BINH).name("Nguyen Trong Binh")
            .nativeName("Nguyễn Trọng Bình").nativeNameLanguage("vi")
            .honorific("Lt. Gen.")
            .country("VN")
            .addAppointment(Appointment.builder().title("Deputy Chief of the General Staff of the Vietnam People's Army")
                .organization(VN_GENERAL_STAFF)
                .addEvidence(us2024("Lt. Gen. Nguyen Trong Binh, Deputy Chief of the General Staff of the"
                    + " Vietnam People’s Army"))
                .note("The article attests the post at the 2024 visit only; when it began and ended is not"
                    + " stated, so neither is encoded.")
                .build())
            .addEvidence(us2024("Lt. Gen. Nguyen Trong Binh"))
            .note(NATIVE_NAME_OUTSIDE).build(),
        Person.builder().id(DUNG).name("Nguyen Quoc Dung")
            .nativeName("Nguyễn Quốc Dũng").nativeNameLanguage("vi")
            .honorific("Ambassador")
            .country("VN")
            .addAppointment(Appointment.builder().title("Ambassador of Vietnam to the United States")
                .organization(VN_EMBASSY_US)
                .addEvidence(us2024("Vietnamese Ambassador to the U.S. Nguyen Quoc Dung"))
                .note("The article attests the post at the 2024 visit only; when it began and ended is not"
                    + " stated, so neither is encoded.")
                .build())
            .addEvidence(us2024("Vietnamese Ambassador to the U.S. Nguyen Quoc Dung"))
            .note(NATIVE_NAME_OUTSIDE + " The article gives him no rank; 'Ambassador' is his form of"
                + " address.")
            .build(),
        Person.builder().id(AUSTIN).name("Lloyd Austin").country("US")
            .addAppointment(Appointment.builder().title("Secretary of Defense").organization(US_DOD)
                .start(EdtfDate.parse("2021-01")).end(EdtfDate.parse("2025-01"))
                .addEvidence(admm2022("U.S. Secretary of Defense Lloyd Austin"),
                    us2024("U.S. Defense Secretary Lloyd Austin"))
                .note(TERM_OUTSIDE + "He served from January 2021 to January 2025.")
                .build())
            .addEvidence(admm2022("U.S. Secretary of Defense Lloyd Austin"), us2024("U.S. Defense Secretary Lloyd Austin"))
            .note("The articles give him no rank or honorific.")
            .build(),
        Person.builder().id(LEAHY).name("Patrick Leahy").honorific("Mr.").country("US")
            .addAppointment(Appointment.builder().title("U.S. Senator").organization(US_SENATE)
                .start(EdtfDate.parse("1975-01")).end(EdtfDate.parse("2023-01"))
                .addEvidence(us2024("former U.S. Senator Patrick Leahy"))
                .note(TERM_OUTSIDE + "He served from January 1975 to January 2023; the 2024 article calls"
                    + " him 'former U.S. Senator', so he held no post then.")
                .build())
            .addEvidence(us2024("Mr. Patrick Leahy"))
            .build(),
        Person.builder().id(RIESER).name("Tim Rieser").honorific("Mr.").country("US")
            .addEvidence(us2024("Mr. Tim Rieser, former assistant to Mr. Patrick Leahy"))
            .note("The article calls him 'former assistant to Mr. Patrick Leahy' at the 2024 talks and"
                + " does not say when he held that post, so no appointment is encoded: an appointment"
                + " with unknown dates would be taken to cover every day, the day of the talks"
                + " included.")
            .build(),
        Person.builder().id(PRABOWO).name("Prabowo Subianto").country("ID")
            .addAppointment(Appointment.builder().title("Minister of Defence").organization(ID_MOD)
                .start(EdtfDate.parse("2019-10")).end(EdtfDate.parse("2024-10"))
                .addEvidence(admm2022("Indonesian Defense Minister Prabowo Subianto"))
                .note(TERM_OUTSIDE + "He served from October 2019 to October 2024.")
                .build())
            .addEvidence(admm2022("Indonesian Defense Minister Prabowo Subianto"))
            .note("The article gives him no rank or honorific.")
            .build(),
        Person.builder().id(LEE).name("Lee Jong-sup").nativeName("이종섭").nativeNameLanguage("ko").country("KR")
            .addAppointment(Appointment.builder().title("Minister of National Defense").organization(KR_MND)
                .start(EdtfDate.parse("2022-05")).end(EdtfDate.parse("2023-10"))
                .addEvidence(admm2022("his counterpart from the Republic of Korea Lee Jong-sup"))
                .note(TERM_OUTSIDE + "He served from May 2022 to October 2023.")
                .build())
            .addEvidence(admm2022("Lee Jong-sup"))
            .note("The article gives him no rank or honorific. " + NATIVE_NAME_OUTSIDE)
            .build(),
        Person.builder().id(SINGH).name("Rajnath Singh").nativeName("राजनाथ सिंह").nativeNameLanguage("hi")
            .honorific("Shri").country("IN")
            .addAppointment(Appointment.builder().title("Minister of Defence").organization(IN_MOD)
                .start(EdtfDate.parse("2019-05"))
                .addEvidence(admm2022("Indian Defense Minister Shri Rajnath Singh"))
                .note(TERM_OUTSIDE + "He became minister in May 2019 and still held the post in 2022.")
                .build())
            .addEvidence(admm2022("Indian Defense Minister Shri Rajnath Singh"))
            .note("'Shri' is the honorific the article uses. " + NATIVE_NAME_OUTSIDE)
            .build());
  }
}
