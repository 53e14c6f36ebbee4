import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Synthetic catalogue items for benchmarks, in the portal's NDJSON import format (one item per line).
 *
 * <p>Deterministic: item {@code i} of seed {@code s} is always the same, whatever N, so a file of 10,000 items is the
 * first 10,000 lines of a file of 100,000 with the same seed. The text is Dutch-ish prose assembled from the domain's
 * vocabulary (ouders, kinderen, school, opvang, wijk, medezeggenschapsraad, ...), with Markdown headings and lists,
 * about 150-300 words a body, like the demo content. Every code is a valid taxonomy code; {@code externalId} is
 * unique ({@code synth-<seed>-<i>}); {@code demo} is false, so synthetic items are told apart from the demo content.
 */
final class ItemGenerator {

	// ---- taxonomy codes (backend/src/main/resources/taxonomy.json) -------------------------------------------------

	static final String[] TYPES = { "PRACTICE_EXAMPLE", "TOOL", "PUBLICATION" };

	static final String[] PARTNERSHIPS = { "INFORMAL", "FORMAL", "DIDACTIC", "PEDAGOGIC", "SOCIETAL" };

	static final String[] ASPECTS = { "COMMUNICATION", "CULTURE", "ORGANISATION", "MATERIALS", "BUILDING", "ICT" };

	static final String[] SECTORS = { "VVE", "EDUCATION", "CARE", "CHILDCARE", "SPORT" };

	static final String[] REGIONS = { "DRENTHE", "FLEVOLAND", "FRIESLAND", "GELDERLAND", "GRONINGEN", "LIMBURG",
			"NOORD_BRABANT", "NOORD_HOLLAND", "OVERIJSSEL", "UTRECHT", "ZEELAND", "ZUID_HOLLAND", "NATIONAL" };

	/** Rough weights (population-ish; NATIONAL common). */
	private static final int[] REGION_WEIGHTS = { 3, 2, 4, 13, 4, 6, 15, 17, 7, 8, 2, 22, 18 };

	// ---- vocabulary ------------------------------------------------------------------------------------------------

	private static final String[] SUBJECTS = { "Het team", "De leerkracht", "De pedagogisch medewerker",
			"De ouderconsulent", "De directeur", "De intern begeleider", "Het kindcentrum", "De school",
			"De kinderopvang", "De peuteropvang", "De medezeggenschapsraad", "De oudercommissie", "De ouderraad",
			"De gemeente", "De buurtsportcoach", "De jeugdverpleegkundige", "Het consultatiebureau",
			"De bibliotheek", "De sportvereniging", "De wijkteammedewerker", "Een groep ouders", "De vaders",
			"De taalcoördinator", "De mentor", "Het centrum voor jeugd en gezin", "De brede school",
			"De coördinator vroegschoolse educatie", "De trainer", "De schoolmaatschappelijk werker",
			"De leesconsulent" };

	private static final String[] VERBS = { "organiseert", "bespreekt", "start", "ontwikkelt", "evalueert",
			"verbetert", "plant", "onderzoekt", "ondersteunt", "stimuleert", "versterkt", "bouwt", "deelt",
			"vernieuwt", "begeleidt", "opent", "verzorgt", "coördineert", "introduceert", "maakt" };

	private static final String[] OBJECTS = { "een koffieochtend voor ouders", "de ouderkamer",
			"huisbezoeken bij nieuwe gezinnen", "startgesprekken aan het begin van het schooljaar",
			"een wekelijkse nieuwsbrief", "het rapportgesprek met ouder en kind", "een ouderavond over opvoeding",
			"voorleesochtenden in de klas", "een taalcafé voor meertalige ouders", "de overgang naar de basisschool",
			"de overdracht van peuteropvang naar groep 1", "een ouderpanel", "het schoolplein als ontmoetingsplek",
			"een spelotheek met materialen voor thuis", "een digitaal ouderportaal", "de schoolapp",
			"een buurtwandeling met ouders", "sportactiviteiten na schooltijd", "een moestuin in de wijk",
			"een ouder-kindactiviteit in de bibliotheek", "het jaarplan van de medezeggenschapsraad",
			"een gesprek over het schoolbeleid", "een vragenlijst over ouderbetrokkenheid",
			"thuisopdrachten die ouders en kinderen samen doen", "een inloopspreekuur",
			"een cursus over taalontwikkeling thuis", "afspraken over pesten en veiligheid",
			"de samenwerking met het consultatiebureau", "een ouderbijeenkomst over huiswerk",
			"een welkomstpakket voor nieuwe ouders", "een wijkfeest met kinderen en buren",
			"een oudergesprek met tolk", "het haal- en brengmoment", "een themabijeenkomst over mediawijsheid",
			"een zwemles voor ouder en kind", "een kijkochtend in de groep", "een spreekuur van de jeugdverpleegkundige",
			"een leesproject met de bibliotheek", "het beleid rond ouderparticipatie",
			"een ontmoetingsplek in het gebouw" };

	private static final String[] PURPOSES = { "zodat ouders zich welkom voelen",
			"zodat kinderen beter leren", "om het contact met ouders te versterken",
			"om ouders actief te betrekken bij het leren van hun kind",
			"zodat ouders en school samen optrekken", "om laagdrempelig in gesprek te gaan",
			"zodat zorgen eerder gedeeld worden", "om de taalontwikkeling van jonge kinderen te stimuleren",
			"zodat ook vaders vaker meedoen", "om de drempel voor anderstalige ouders te verlagen",
			"zodat de overgang soepel verloopt", "om de wijk bij de school te betrekken",
			"zodat ouders meedenken over het beleid", "om de opvoeding thuis te ondersteunen",
			"zodat kinderen meer bewegen", "om het welzijn van kinderen te vergroten",
			"zodat informatie ouders echt bereikt", "om educatief partnerschap vorm te geven",
			"zodat ouders en team elkaar beter leren kennen", "om kansengelijkheid te bevorderen" };

	private static final String[] OBSERVATIONS = { "Ouders komen vaker binnen, ook zonder afspraak.",
			"Leerkrachten merken dat oudergesprekken makkelijker lopen.",
			"Het aantal ouders op de ouderavond is verdubbeld.",
			"Kinderen vertellen thuis meer over wat ze op school doen.",
			"De medezeggenschapsraad krijgt meer reacties van ouders.",
			"Ouders voelen zich gehoord en nemen sneller contact op.",
			"De samenwerking tussen opvang en school is hechter geworden.",
			"Meertalige ouders doen vaker mee aan activiteiten.",
			"Het team deelt zorgen eerder met ouders, en andersom.",
			"De wijk ziet de school als een plek van iedereen.",
			"Peuters starten beter voorbereid in groep 1.",
			"Ouders lezen vaker voor, ook in hun eigen taal.",
			"Vaders zijn zichtbaarder geworden in de school.",
			"Er zijn minder misverstanden over huiswerk en afspraken.",
			"Kinderen sporten vaker in de buurt.",
			"De ouderkamer is een vaste ontmoetingsplek geworden.",
			"De gemeente wil de aanpak uitbreiden naar andere wijken.",
			"Nieuwe ouders vinden sneller hun weg in de school." };

	private static final String[] TIPS = { "Begin klein en houd vol, ook als er eerst weinig ouders komen.",
			"Nodig ouders persoonlijk uit, niet alleen via de nieuwsbrief.",
			"Vraag ouders wat zij nodig hebben voordat je iets organiseert.",
			"Zorg dat er altijd iemand van het team aanwezig is.",
			"Maak afspraken over wie wat doet en leg ze vast.",
			"Gebruik eenvoudige taal en beelden in de communicatie.",
			"Betrek de medezeggenschapsraad vanaf het begin.",
			"Evalueer na een half jaar samen met ouders.",
			"Werk samen met partners in de wijk, zoals de bibliotheek en het wijkteam.",
			"Plan activiteiten op momenten dat werkende ouders kunnen.",
			"Laat kinderen zelf een rol spelen bij de uitnodiging.",
			"Zet een tolk of sleutelfiguur in voor anderstalige ouders.",
			"Houd de ouderkamer open en uitnodigend ingericht.",
			"Deel successen in de nieuwsbrief en op het schoolplein." };

	private static final String[] OPENINGS = { "Op veel scholen komen ouders vooral binnen als er iets mis is.",
			"Ouderbetrokkenheid begint bij een goede relatie tussen ouders en team.",
			"In de wijk wonen veel gezinnen die nog weinig contact hebben met de school.",
			"De overgang van de kinderopvang naar de basisschool is voor ouders een spannend moment.",
			"Niet alle ouders voelen zich vanzelf thuis in de school van hun kind.",
			"Kinderen leren meer als ouders en school samen optrekken.",
			"De medezeggenschapsraad wilde weten hoe ouders over het schoolbeleid denken.",
			"Jonge kinderen ontwikkelen hun taal vooral thuis, in gesprek met hun ouders.",
			"Sport en spel in de buurt brengen kinderen, ouders en buren bij elkaar.",
			"Veel ouders lezen de nieuwsbrief niet of maar half.",
			"Het team merkte dat oudergesprekken vaak over cijfers gingen en weinig over het kind.",
			"In de voor- en vroegschoolse educatie is de rol van ouders groot." };

	private static final String[] HEADINGS_PRACTICE = { "Aanleiding", "Aanpak", "Wat het opleverde", "Tips" };

	private static final String[] HEADINGS_TOOL = { "Waarvoor", "Hoe werkt het", "Aan de slag", "Let op" };

	private static final String[] HEADINGS_PUBLICATION = { "Samenvatting", "Belangrijkste bevindingen",
			"Wat betekent dit voor de praktijk", "Verantwoording" };

	private static final String[] TITLE_PRACTICE = { "Koffieochtend", "Ouderkamer", "Huisbezoek", "Startgesprek",
			"Voorleesochtend", "Taalcafé", "Buurtwandeling", "Ouderpanel", "Kijkochtend", "Wijkfeest", "Moestuin",
			"Spelotheek", "Inloopspreekuur", "Ouderavond", "Vadermiddag", "Sportmiddag", "Leesclub",
			"Welkomstgesprek", "Kindgesprek", "Schoolontbijt" };

	private static final String[] TITLE_PLACES = { "in de wijk", "op school", "in het kindcentrum",
			"bij de peuteropvang", "in de bibliotheek", "op het schoolplein", "bij de sportvereniging",
			"in de buurt", "bij de kinderopvang", "in groep 1 en 2" };

	private static final String[] TITLE_RESULTS = { "ouders als partner", "samen leren", "een open deur",
			"iedereen welkom", "elke week contact", "betrokken vaders", "taal thuis en op school",
			"van zorg naar samenwerking", "kinderen in de hoofdrol", "meedenken met de MR" };

	private static final String[] TITLE_TOOLS = { "Gesprekskaart", "Checklist", "Stappenplan", "Vragenlijst",
			"Werkblad", "Handreiking", "Praatplaat", "Kijkwijzer", "Uitnodigingsbrief", "Jaarplanner", "Toolkit",
			"Zelfscan" };

	private static final String[] TOPICS = { "het startgesprek", "ouderbetrokkenheid", "de ouderavond",
			"meertalige gezinnen", "de medezeggenschapsraad", "huisbezoeken", "voorlezen thuis",
			"de overgang naar het voortgezet onderwijs", "het haal- en brengmoment", "ouderparticipatie",
			"educatief partnerschap", "de ouderkamer", "taalontwikkeling", "pesten", "mediawijsheid",
			"gezond opgroeien", "kansengelijkheid", "het schoolbeleid", "de vroegschoolse educatie",
			"sport in de wijk" };

	private static final String[] AUDIENCES = { "leerkrachten", "pedagogisch medewerkers", "ouders",
			"de medezeggenschapsraad", "schoolleiders", "jeugdverpleegkundigen", "buurtsportcoaches",
			"het hele team", "nieuwe ouders", "vrijwilligers" };

	private static final String[] PUBLICATION_KINDS = { "Onderzoek naar", "Literatuurstudie:",
			"Een verkenning van", "Factsheet over", "Praktijkonderzoek naar", "Essay over", "Monitor:" };

	private static final String[] ORG_KINDS = { "Basisschool", "Kindcentrum", "Kinderopvang", "Peuteropvang",
			"IKC", "Sportvereniging", "Bibliotheek", "Gemeente", "Stichting", "Jeugdgezondheidszorg",
			"Lectoraat", "Welzijnsorganisatie" };

	private static final String[] ORG_NAMES = { "De Vlinderboom", "Het Palet", "De Regenboog", "De Wilgen",
			"Het Kompas", "De Klimop", "De Zonnebloem", "Het Anker", "De Springplank", "De Horizon", "De Linde",
			"Het Startpunt", "De Boomgaard", "De Meander", "De Ster", "Het Baken", "De Brug", "De Eik", "Het Veld",
			"De Notenbalk", "De Sleutel", "Oost", "Noord", "Zuidwijk", "De Kring" };

	private static final String[] TOWNS = { "Utrecht", "Zwolle", "Assen", "Almere", "Leeuwarden", "Arnhem",
			"Nijmegen", "Groningen", "Maastricht", "Venlo", "Tilburg", "Eindhoven", "Breda", "Haarlem", "Zaandam",
			"Enschede", "Deventer", "Amersfoort", "Middelburg", "Goes", "Rotterdam", "Den Haag", "Leiden", "Delft",
			"Dordrecht", "Schiedam", "Gouda", "Emmen", "Lelystad", "Sneek", "Apeldoorn", "Ede", "Heerlen",
			"Roermond", "Den Bosch", "Helmond", "Alkmaar", "Hilversum", "Hoorn", "Amsterdam" };

	private static final String[] FIRST_NAMES = { "Marieke", "Thijs", "Fatima", "Jeroen", "Sanne", "Mohamed",
			"Anouk", "Bram", "Yasmina", "Pieter", "Lotte", "Kees", "Noor", "Ahmed", "Eva", "Daan", "Inge", "Karim",
			"Femke", "Ruud" };

	private static final String[] LAST_NAMES = { "de Wit", "de Graaf", "Jansen", "Bakker", "El Amrani", "Visser",
			"Smit", "de Vries", "Yilmaz", "van Dijk", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
			"Dekker", "Brouwer", "de Boer", "Kaya" };

	private static final String[] LICENCES = { "CC BY 4.0", "CC BY-SA 4.0", "CC BY-NC 4.0" };

	/**
	 * Words and phrases people search for: all occur in generated text (so searches find things), ordered roughly from
	 * common to rare. Used by the benchmark's query mix.
	 */
	static final String[] QUERY_TERMS = { "ouders", "kinderen", "school", "ouderbetrokkenheid", "kind", "opvang",
			"wijk", "team", "ouderkamer", "medezeggenschapsraad", "taalontwikkeling", "voorlezen", "huisbezoeken",
			"startgesprek", "nieuwsbrief", "ouderavond", "koffieochtend", "kinderopvang", "peuteropvang",
			"bibliotheek", "gemeente", "sport", "buurt", "meertalige", "opvoeding", "welzijn", "pesten", "huiswerk",
			"overgang", "vroegschoolse educatie", "consultatiebureau", "jeugdverpleegkundige", "schoolplein",
			"ouderpanel", "spelotheek", "taalcafé", "vaders", "leerkracht", "pedagogisch medewerker",
			"educatief partnerschap", "ouderparticipatie", "mediawijsheid", "kansengelijkheid", "schoolbeleid",
			"rapportgesprek", "moestuin", "wijkfeest", "tolk", "anderstalige ouders", "gesprekskaart", "checklist",
			"stappenplan", "vragenlijst", "handreiking", "onderzoek", "samenwerking", "contact", "communicatie",
			"schoolapp", "ouderportaal", "inloopspreekuur", "kijkochtend", "sportvereniging", "buurtsportcoach",
			"intern begeleider", "directeur", "oudercommissie", "vrijwilligers", "basisschool", "kindcentrum",
			"voortgezet onderwijs", "groep 1", "peuters", "veiligheid", "ontmoetingsplek", "MR", "VVE", "CJG", "bso",
			"digitaal" };

	// ---- generation ------------------------------------------------------------------------------------------------

	private final long seed;

	ItemGenerator(long seed) {
		this.seed = seed;
	}

	static String externalId(long seed, long index) {
		return String.format(Locale.ROOT, "synth-%d-%07d", seed, index);
	}

	/** Item {@code index} (0-based) as one NDJSON line, without the newline. */
	String line(long index) {
		Rng r = new Rng(this.seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 12345);
		String type = weighted(r, TYPES, new int[] { 50, 30, 20 });
		String organisation = pick(r, ORG_KINDS) + " " + pick(r, ORG_NAMES) + " (fictief)";
		String title = title(r, type);
		String summary = summary(r, type, organisation);
		String body = body(r, type);
		List<String> partnerships = some(r, PARTNERSHIPS, 1, 2);
		List<String> aspects = some(r, ASPECTS, 0, 3);
		List<String> sectors = some(r, SECTORS, 1, 2);
		String region = weighted(r, REGIONS, REGION_WEIGHTS);
		String author = pick(r, FIRST_NAMES) + " " + pick(r, LAST_NAMES);
		LocalDate published = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3833)); // to mid 2025
		boolean isPublished = r.nextInt(100) >= 2; // 2% drafts: search must filter them out

		StringBuilder json = new StringBuilder(2600);
		json.append("{\"externalId\":").append(q(externalId(this.seed, index)));
		json.append(",\"type\":").append(q(type));
		json.append(",\"title\":").append(q(title));
		json.append(",\"summary\":").append(q(summary));
		json.append(",\"body\":").append(q(body));
		json.append(",\"partnerships\":").append(list(partnerships));
		json.append(",\"aspects\":").append(list(aspects));
		json.append(",\"sectors\":").append(list(sectors));
		json.append(",\"region\":").append(q(region));
		json.append(",\"organisation\":").append(q(organisation));
		json.append(",\"author\":").append(q(author));
		int links = r.nextInt(3);
		json.append(",\"links\":[");
		for (int i = 0; i < links; i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append("{\"title\":").append(q((i == 0) ? "Meer over " + organisation : "Voorbeeldmateriaal"))
				.append(",\"url\":")
				.append(q("https://voorbeeld.nl/synth/" + index + "/" + (i + 1)))
				.append('}');
		}
		json.append(']');
		if (r.nextInt(10) < 8) {
			json.append(",\"licence\":").append(q(pick(r, LICENCES)));
		}
		json.append(",\"language\":\"nl\"");
		json.append(",\"publishedAt\":").append(q(published.toString()));
		json.append(",\"published\":").append(isPublished);
		json.append(",\"demo\":false}");
		return json.toString();
	}

	private static String title(Rng r, String type) {
		return switch (type) {
			case "PRACTICE_EXAMPLE" -> pick(r, TITLE_PRACTICE) + " " + pick(r, TITLE_PLACES) + " in " + pick(r, TOWNS)
					+ ": " + pick(r, TITLE_RESULTS);
			case "TOOL" -> pick(r, TITLE_TOOLS) + " " + pick(r, TOPICS) + " voor " + pick(r, AUDIENCES) + " ("
					+ (2015 + r.nextInt(11)) + ")";
			default -> pick(r, PUBLICATION_KINDS) + " " + pick(r, TOPICS) + " in " + pick(r, new String[] {
					"het primair onderwijs", "de kinderopvang", "de wijk", "de voorschool", "de sport",
					"het voortgezet onderwijs", "de jeugdzorg" }) + ": " + pick(r, TITLE_RESULTS) + " ("
					+ (2015 + r.nextInt(11)) + ")";
		};
	}

	private static String summary(Rng r, String type, String organisation) {
		String first = switch (type) {
			case "PRACTICE_EXAMPLE" -> organisation.replace(" (fictief)", "") + " " + pick(r, VERBS) + " "
					+ pick(r, OBJECTS) + " " + pick(r, PURPOSES) + ".";
			case "TOOL" -> "Een praktisch hulpmiddel voor " + pick(r, AUDIENCES) + " over " + pick(r, TOPICS) + ", "
					+ pick(r, PURPOSES) + ".";
			default -> "Deze publicatie bundelt inzichten over " + pick(r, TOPICS) + " en " + pick(r, TOPICS) + ".";
		};
		return first + " " + pick(r, OBSERVATIONS);
	}

	private static String body(Rng r, String type) {
		String[] headings = switch (type) {
			case "PRACTICE_EXAMPLE" -> HEADINGS_PRACTICE;
			case "TOOL" -> HEADINGS_TOOL;
			default -> HEADINGS_PUBLICATION;
		};
		int target = 130 + r.nextInt(111); // bodies end up about 140-300 words
		StringBuilder md = new StringBuilder(2200);
		int words = 0;
		int section = 0;
		while (words < target) {
			String heading = headings[Math.min(section, headings.length - 1)];
			if (section < headings.length) {
				md.append((md.length() == 0) ? "" : "\n\n").append("## ").append(heading).append('\n');
				words += heading.split(" ").length;
			}
			else {
				md.append("\n\n");
			}
			StringBuilder paragraph = new StringBuilder();
			if (section == 0) {
				paragraph.append(pick(r, OPENINGS));
			}
			int sentences = 2 + r.nextInt(3);
			for (int i = 0; i < sentences; i++) {
				paragraph.append((paragraph.length() == 0) ? "" : " ").append(sentence(r));
			}
			md.append(paragraph);
			words += paragraph.toString().split(" ").length;
			if (section == 1) {
				md.append("\n\n");
				int bullets = 3 + r.nextInt(3);
				for (int i = 0; i < bullets; i++) {
					String bullet = capitalise(pick(r, OBJECTS)) + " " + pick(r, PURPOSES) + ".";
					md.append("- ").append(bullet).append((i < bullets - 1) ? "\n" : "");
					words += bullet.split(" ").length;
				}
			}
			if (section == headings.length - 1) {
				md.append("\n\n").append(pick(r, TIPS));
				words += 12;
			}
			section++;
		}
		return md.toString();
	}

	private static String sentence(Rng r) {
		return switch (r.nextInt(5)) {
			case 0, 1 -> pick(r, SUBJECTS) + " " + pick(r, VERBS) + " " + pick(r, OBJECTS) + " " + pick(r, PURPOSES)
					+ ".";
			case 2 -> pick(r, OBSERVATIONS);
			case 3 -> "Samen met " + pick(r, AUDIENCES) + " " + pick(r, VERBS) + " "
					+ decapitalise(pick(r, SUBJECTS)) + " " + pick(r, OBJECTS) + ".";
			default -> "Daarbij staat " + pick(r, TOPICS) + " centraal, " + pick(r, PURPOSES) + ".";
		};
	}

	// ---- helpers ---------------------------------------------------------------------------------------------------

	private static String decapitalise(String s) {
		return (s.startsWith("De ") || s.startsWith("Het ") || s.startsWith("Een ")) ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
	}

	private static String capitalise(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	static String pick(Rng r, String[] values) {
		return values[r.nextInt(values.length)];
	}

	private static String weighted(Rng r, String[] values, int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int x = r.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			x -= weights[i];
			if (x < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	private static List<String> some(Rng r, String[] values, int min, int max) {
		int n = min + r.nextInt(max - min + 1);
		Set<String> chosen = new LinkedHashSet<>();
		while (chosen.size() < n) {
			chosen.add(pick(r, values));
		}
		return new ArrayList<>(chosen);
	}

	private static String list(List<String> values) {
		StringBuilder sb = new StringBuilder("[");
		for (int i = 0; i < values.size(); i++) {
			sb.append((i > 0) ? "," : "").append(q(values.get(i)));
		}
		return sb.append(']').toString();
	}

	static String q(String s) {
		return Json.quote(s);
	}

	/** SplitMix64: tiny, fast, and the same on every JDK (java.util.Random's streams are not a contract). */
	static final class Rng {

		private long state;

		Rng(long seed) {
			this.state = seed;
		}

		long nextLong() {
			long z = (this.state += 0x9E3779B97F4A7C15L);
			z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
			z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
			return z ^ (z >>> 31);
		}

		int nextInt(int bound) {
			return (int) Math.floorMod(nextLong(), (long) bound);
		}

	}

}
