package nl.ouderbetrokkenheid.portal.articles;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.identity.Role;
import nl.ouderbetrokkenheid.portal.system.DemoMarkers;
import nl.ouderbetrokkenheid.portal.system.DemoProperties;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexLifecycleRunner;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Published demo articles by the three demo experts, through the real workflow (written, submitted, published by the
 * demo editor), loaded once when {@code portal.demo.enabled}, after the demo experts.
 */
@Component
@Order(IndexLifecycleRunner.ORDER + 30)
@RequiredArgsConstructor
class DemoArticles implements ApplicationRunner {

	static final String MARKER = "demo-articles-loaded";

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

	private final DemoProperties demo;

	private final DemoMarkers markers;

	private final ArticleService articles;

	@Override
	public void run(ApplicationArguments args) {
		if (this.demo.enabled()) {
			// Start-up waits on purpose: the portal should open with its demo content in place.
			load().block(Duration.ofMinutes(2));
		}
	}

	Mono<Void> load() {
		return this.markers.once(MARKER, Flux.fromIterable(DEMOS).concatMap(demo -> {
			PortalUser author = new PortalUser(demo.subject(), demo.name(), null, Set.of(Role.MEMBER, Role.EXPERT));
			return this.articles.create(author, demo.article(), true)
				.flatMap(article -> this.articles.transition(article.getId(), ArticleService.Action.SUBMIT, author,
						null, null))
				.flatMap(article -> this.articles.transition(article.getId(), ArticleService.Action.PUBLISH, EDITOR,
						null, "Demo: gepubliceerd bij het laden van de demo-inhoud."));
		}).then());
	}

}
