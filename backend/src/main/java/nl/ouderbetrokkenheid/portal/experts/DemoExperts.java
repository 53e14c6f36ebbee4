package nl.ouderbetrokkenheid.portal.experts;

import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.DemoMarkers;
import nl.ouderbetrokkenheid.portal.system.DemoSet;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexLifecycleRunner;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The three demo experts of the local identity provider ({@code expert}, {@code expert-2}, {@code expert-3}) with
 * filled-in, clearly fictional profiles, loaded once when {@code portal.demo.enabled}.
 */
@Component
@Order(IndexLifecycleRunner.ORDER + 25)
@RequiredArgsConstructor
class DemoExperts implements DemoSet {

	static final String MARKER = "demo-experts-loaded";

	/** Demo experts loaded before the directory was opt-in are listed once, so the demo stays as it was. */
	static final String LISTED_MARKER = "demo-experts-listed";

	private record Demo(String subject, String name, ExpertInput profile) {
	}

	static final List<Demo> DEMOS = List.of(
			new Demo("expert", "Dr. Esther Expert", new ExpertInput(null,
					"(Demo) Onderwijskundige en onderzoeker naar ouderbetrokkenheid in het primair onderwijs. Schrijft over oudergesprekken, het partnerschap tussen school en gezin en de rol van de medezeggenschapsraad.",
					List.of("INFORMAL", "FORMAL", "DIDACTIC"), List.of("COMMUNICATION", "ORGANISATION"),
					List.of("EDUCATION", "VVE"), "UTRECHT", "Kenniscentrum Samen Leren (fictief)", true)),
			new Demo("expert-2", "Karim El Idrissi", new ExpertInput(null,
					"(Demo) Jeugdwerker en trainer. Verbindt school, wijk en sportclub, met aandacht voor ouders die de weg naar school minder vanzelf vinden.",
					List.of("SOCIETAL", "PEDAGOGIC"), List.of("CULTURE", "COMMUNICATION"),
					List.of("CARE", "SPORT"), "ZUID_HOLLAND", "Stichting Wijk & Gezin (fictief)", true)),
			new Demo("expert-3", "Marloes de Vries", new ExpertInput(null,
					"(Demo) Pedagoog in de kinderopvang en de voor- en vroegschoolse educatie. Schrijft over spelen en leren thuis en digitale oudercommunicatie.",
					List.of("PEDAGOGIC", "DIDACTIC"), List.of("MATERIALS", "ICT"),
					List.of("CHILDCARE", "VVE"), "GELDERLAND", "Kinderopvang De Speeltuin (fictief)", true)));

	private final DemoMarkers markers;

	private final ExpertService experts;

	@Override
	public Mono<Void> load() {
		return this.markers.once(MARKER, Flux.fromIterable(DEMOS)
			.concatMap(demo -> this.experts.update(demo.subject(), demo.name(), demo.profile())
				.flatMap(expert -> this.experts.markDemo(expert)))
			.then())
			.then(this.markers.once(LISTED_MARKER, Flux.fromIterable(DEMOS)
				.concatMap(demo -> this.experts.bySubject(demo.subject()))
				.filter(ExpertDocument::isDemo)
				.concatMap(this.experts::markDemo)
				.then()));
	}

}
