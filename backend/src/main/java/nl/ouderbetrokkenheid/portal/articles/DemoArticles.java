package nl.ouderbetrokkenheid.portal.articles;

import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.identity.Role;
import nl.ouderbetrokkenheid.portal.system.DemoMarkers;
import nl.ouderbetrokkenheid.portal.system.DemoSet;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexLifecycleRunner;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowStep;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Published demo articles by the three demo experts, through the real workflow (written, submitted, published by the
 * demo editor), loaded once when {@code portal.demo.enabled}, after the demo experts. The article explaining the model
 * has a marker of its own, so portals whose demo content was loaded before it existed get it too.
 */
@Component
@Order(IndexLifecycleRunner.ORDER + 30)
@RequiredArgsConstructor
class DemoArticles implements DemoSet {

	static final String MARKER = "demo-articles-loaded";

	static final String MODEL_MARKER = "demo-model-article-loaded";

	/** The title of the article explaining the model; the model page links to it by the slug this gives. */
	static final String MODEL_TITLE = "Het model van de vijf partnerschappen";

	private static final PortalUser EDITOR = new PortalUser("editor", "Ruud Redacteur", null,
			Set.of(Role.MEMBER, Role.EDITOR));

	private record Demo(String subject, String name, ArticleInput article, boolean demo) {
	}

	private static final List<Demo> DEMOS = List.of(
			new Demo("expert", "Dr. Esther Expert", new ArticleInput("Het tienminutengesprek voorbij",
					"(Demo) Waarom een kort rapportgesprek zelden genoeg is, en hoe scholen het gesprek met ouders breder maken.",
					"""
							## Meer dan een rapport

							Veel scholen spreken ouders twee keer per jaar tien minuten. Dat is te kort om samen over het leren van een kind te praten.

							## Wat werkt

							- **Startgesprekken** aan het begin van het schooljaar, waarin ouders vertellen over hun kind.
							- Gesprekken *met* het kind erbij, zodat leerlingen hun eigen doelen toelichten.
							- Een vaste contactpersoon voor ouders die de school minder vanzelf vinden.

							Ouders en leerkrachten die elkaar vroeg in het jaar spreken, bellen elkaar later sneller. (Demo-artikel; alle organisaties zijn fictief.)
							""",
					List.of("INFORMAL", "DIDACTIC"), List.of("COMMUNICATION"), List.of("EDUCATION"),
					List.of(new ArticleInput.ReferenceInput("Voorbeeld: startgesprekken (fictief)",
							"https://voorbeeld.nl/startgesprekken"))), true),
			new Demo("expert", "Dr. Esther Expert", new ArticleInput("De medezeggenschapsraad als partner",
					"(Demo) Hoe een MR meer wordt dan een formaliteit: ouders die meedenken over beleid.",
					"""
							## Formeel partnerschap

							De medezeggenschapsraad geeft ouders een formele stem. Toch weten veel ouders niet wat de MR doet.

							1. Publiceer de agenda en de besluiten in gewone taal.
							2. Nodig ouders uit voor een open vergadering per jaar.
							3. Vraag ouders vooraf om hun mening over grote besluiten.

							(Demo-artikel; alle organisaties zijn fictief.)
							""",
					List.of("FORMAL"), List.of("ORGANISATION", "COMMUNICATION"), List.of("EDUCATION"), List.of()), true),
			new Demo("expert-2", "Karim El Idrissi", new ArticleInput("De sportclub als ontmoetingsplek",
					"(Demo) Ouders langs de lijn: hoe sportverenigingen en scholen samen ouders bereiken.",
					"""
							## Langs de lijn

							Op zaterdagochtend staan ouders langs het veld die de school zelden ziet. Daar begint een gesprek makkelijker.

							- Laat de buurtsportcoach en de intern begeleider samen koffie schenken.
							- Deel praktische informatie over school en opvoeding in de kantine.

							(Demo-artikel; alle organisaties zijn fictief.)
							""",
					List.of("SOCIETAL"), List.of("CULTURE"), List.of("SPORT", "EDUCATION"), List.of()), true),
			new Demo("expert-3", "Marloes de Vries", new ArticleInput("Spelend leren thuis in de voorschool",
					"(Demo) Kleine activiteiten die ouders thuis doen, en hoe de voorschool ze aanreikt.",
					"""
							## Thuis verder spelen

							Peuters leren door te spelen, ook thuis. De voorschool kan ouders daarbij helpen met eenvoudige materialen.

							| Thema | Activiteit thuis |
							|-------|------------------|
							| Herfst | Bladeren verzamelen en sorteren |
							| Boodschappen | Samen tellen bij het uitpakken |

							(Demo-artikel; alle organisaties zijn fictief.)
							""",
					List.of("PEDAGOGIC", "DIDACTIC"), List.of("MATERIALS"), List.of("VVE", "CHILDCARE"), List.of()),
					true));

	private final DemoMarkers markers;

	private final ArticleService articles;

	private final Taxonomy taxonomy;

	@Override
	public Mono<Void> load() {
		return this.markers.once(MARKER, Flux.fromIterable(DEMOS).concatMap(this::publish).then())
			.then(this.markers.once(MODEL_MARKER, Mono.defer(() -> publish(modelArticle()))));
	}

	private Mono<ArticleDocument> publish(Demo demo) {
		PortalUser author = new PortalUser(demo.subject(), demo.name(), null, Set.of(Role.MEMBER, Role.EXPERT));
		return this.articles.create(author, demo.article(), demo.demo())
			.flatMap(article -> this.articles.transition(article.getId(), WorkflowStep.SUBMIT, author, null,
					null))
			.flatMap(article -> this.articles.transition(article.getId(), WorkflowStep.PUBLISH, EDITOR, null,
					"Demo: gepubliceerd bij het laden van de demo-inhoud."));
	}

	/**
	 * The article explaining the model, in the words of the source texts; its partnerships, descriptions and 30
	 * questions come from the taxonomy, so the article says what the poster and the model page say.
	 */
	Demo modelArticle() {
		Taxonomy.Codes codes = this.taxonomy.codes();
		StringBuilder body = new StringBuilder("""
				## Structuur in ouderbetrokkenheid

				Het model van de vijf partnerschappen van Actief Ouderschap helpt u om structuur aan te brengen in het \
				complexe veld van ‘ouderbetrokkenheid’, en om er integraal en gestructureerd mee aan de slag te gaan. \
				Het is ontwikkeld met kennis van de theorie, gecombineerd met ervaring uit de praktijk. Professionals \
				vinden het model heel praktisch; het wordt inmiddels breed gebruikt.

				Waarom dat ertoe doet: kinderen presteren beter als hun ouders betrokken zijn. En ouders raken meer \
				betrokken als scholen en professionals, op school en ook in de kinderopvang, de sportvereniging of het \
				CJG, daar bewust werk van maken.

				## Vijf partnerschappen, in balans

				In de samenwerking met ouders is het van belang te zorgen voor een balans tussen de verschillende \
				partnerschappen:

				""");
		for (Taxonomy.Term partnership : codes.partnerships()) {
			body.append("- **").append(partnership.nl()).append("**: ")
				.append(lowerFirst(partnership.nlDescription())).append(".\n");
		}
		body.append("""

				## Zes aspecten, dertig vragen

				Elk partnerschap krijgt vorm in zes aspecten: \
				""");
		body.append(String.join(", ", codes.aspects().stream().map(aspect -> lowerFirst(aspect.nl())).toList()))
			.append(".\n\n");
		body.append("""
				Zo ontstaat een raster van vijf partnerschappen bij zes aspecten. In elke cel staat een vraag die u \
				als team met elkaar kunt bespreken: dertig vragen om te zien waar u sterk staat en welk partnerschap \
				meer aandacht vraagt.
				""");
		for (Taxonomy.Term partnership : codes.partnerships()) {
			body.append("\n### ").append(partnership.nl()).append("\n\n");
			for (Taxonomy.Term aspect : codes.aspects()) {
				codes.cells()
					.stream()
					.filter(cell -> cell.partnership().equals(partnership.code()) && cell.aspect().equals(aspect.code()))
					.forEach(cell -> body.append("- **").append(aspect.nl()).append("**: ").append(cell.question())
						.append('\n'));
			}
		}
		body.append("""

				## Aan de slag

				Bespreek de vragen met uw team en met ouders, en kijk welke partnerschappen al sterk zijn en welke \
				aandacht vragen. Bij elke vraag vindt u in dit kennisportaal praktijkvoorbeelden, tips en publicaties; \
				de poster met het model kunt u downloaden op de modelpagina.

				(Demo-artikel: de auteur is een fictieve demo-expert; de inhoud volgt de bronteksten over het model.)
				""");
		return new Demo("expert", "Dr. Esther Expert", new ArticleInput(MODEL_TITLE,
				"Een toelichting op het model van de vijf partnerschappen: vijf partnerschappen in balans, zes aspecten "
						+ "en dertig vragen om integraal en gestructureerd aan de slag te gaan met ouderbetrokkenheid.",
				body.toString(), codes.partnerships().stream().map(Taxonomy.Term::code).toList(),
				codes.aspects().stream().map(Taxonomy.Term::code).toList(),
				codes.sectors().stream().map(Taxonomy.Term::code).toList(),
				List.of(new ArticleInput.ReferenceInput("Actief Ouderschap", "https://www.actiefouderschap.nl"))), true);
	}

	/** "Cultuur" continues a sentence as "cultuur"; an abbreviation such as "ICT" stays as it is. */
	private static String lowerFirst(String text) {
		if (text.length() < 2 || Character.isUpperCase(text.charAt(1))) {
			return text;
		}
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
