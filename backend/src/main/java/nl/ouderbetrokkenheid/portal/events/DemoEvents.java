package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.identity.Role;
import nl.ouderbetrokkenheid.portal.system.DemoSet;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexLifecycleRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A dozen upcoming demo events (national and regional, every kind, a few nearly full), loaded at start-up when
 * {@code portal.demo.enabled}. Deterministic ids created with {@code op_type=create}: a restart adds nothing twice.
 * Dates are relative to now, so a fresh portal always has upcoming events. The demo organiser is the local identity
 * provider's account {@code organiser}; the nearly-full events are filled by numbered demo members 901 and up.
 */
@Component
@Order(IndexLifecycleRunner.ORDER + 20)
@RequiredArgsConstructor
class DemoEvents implements DemoSet {

	private record Demo(String title, EventDocument.Kind kind, String province, String city, int days, int hour,
			Integer capacity, int prefilled, String partnership, String sector) {
	}

	private static final Logger logger = LoggerFactory.getLogger(DemoEvents.class);

	private static final List<Demo> DEMOS = List.of(
			new Demo("Inspiratiemiddag: ouders als partner in het leren", EventDocument.Kind.INSPIRATION, null, "Utrecht", 9, 13, 60, 0, "DIDACTIC", "EDUCATION"),
			new Demo("Uitwisseling VVE-coördinatoren Utrecht", EventDocument.Kind.EXCHANGE, "UTRECHT", "Amersfoort", 12, 15, 20, 18, "PEDAGOGIC", "VVE"),
			new Demo("Landelijk congres Ouderbetrokkenheid", EventDocument.Kind.CONFERENCE, null, "Nieuwegein", 30, 9, 250, 0, "FORMAL", "EDUCATION"),
			new Demo("De MR aan zet: formeel partnerschap in de praktijk", EventDocument.Kind.EXCHANGE, "NOORD_HOLLAND", "Haarlem", 16, 19, 25, 24, "FORMAL", "EDUCATION"),
			new Demo("Oudergesprekken die werken (online)", EventDocument.Kind.INSPIRATION, null, null, 6, 20, null, 0, "INFORMAL", "EDUCATION"),
			new Demo("Samen opvoeden in de wijk", EventDocument.Kind.EXCHANGE, "ZUID_HOLLAND", "Rotterdam", 20, 14, 30, 5, "SOCIETAL", "CARE"),
			new Demo("Kinderopvang en ouders: de brede blik", EventDocument.Kind.INSPIRATION, "GELDERLAND", "Arnhem", 24, 10, 40, 0, "PEDAGOGIC", "CHILDCARE"),
			new Demo("Sportclub als ontmoetingsplek voor ouders", EventDocument.Kind.EXCHANGE, "NOORD_BRABANT", "Eindhoven", 27, 19, 15, 14, "SOCIETAL", "SPORT"),
			new Demo("Regiodag ouderbetrokkenheid Noord", EventDocument.Kind.CONFERENCE, "GRONINGEN", "Groningen", 40, 9, 120, 0, "INFORMAL", "EDUCATION"),
			new Demo("Digitale oudercommunicatie: wat werkt?", EventDocument.Kind.INSPIRATION, "OVERIJSSEL", "Zwolle", 18, 15, 35, 3, "INFORMAL", "EDUCATION"),
			new Demo("Jeugdzorg en school: één gesprek met ouders", EventDocument.Kind.EXCHANGE, "LIMBURG", "Maastricht", 33, 13, 20, 0, "PEDAGOGIC", "CARE"),
			new Demo("Ouders en het leerplein: gebouw en materialen", EventDocument.Kind.CONFERENCE, "FRIESLAND", "Leeuwarden", 45, 10, 80, 0, "DIDACTIC", "EDUCATION"));

	private final EventService events;

	private final RegistrationService registrations;

	private final SeatLedger ledger;

	private final EventRepository repository;

	private final DocumentWrites writes;

	private final Clock clock;

	@Override
	public Mono<Void> load() {
		PortalUser organiser = new PortalUser("organiser", "Olga Organisator", "olga.organisator@demo.kennisportaal.test",
				Set.of(Role.MEMBER, Role.ORGANISER));
		return Flux.range(0, DEMOS.size()).concatMap(i -> {
			String id = "demo-event-%02d".formatted(i + 1);
			Demo d = DEMOS.get(i);
			return this.repository.existsById(id).flatMap(exists -> exists ? Mono.just(false) : create(id, d, organiser))
				.flatMap(created -> fill(id, d));
		}).then().doOnSuccess(done -> logger.info("Demo events in place"));
	}

	private Mono<Boolean> create(String id, Demo d, PortalUser organiser) {
		LocalDateTime start = LocalDateTime.now(this.clock.withZone(EventCalendar.AMSTERDAM))
			.plusDays(d.days())
			.withHour(d.hour())
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		boolean online = d.city() == null;
		EventApi.EventRequest request = new EventApi.EventRequest(d.title(),
				"Een bijeenkomst over ouderbetrokkenheid (demo-inhoud, fictief).\n\nWe delen praktijkvoorbeelden en gaan met elkaar in gesprek.",
				d.kind(), (d.province() == null) ? EventDocument.Scope.NATIONAL : EventDocument.Scope.REGIONAL,
				d.province(),
				online ? null : new EventApi.VenueBody("Ontmoetingscentrum De Brug (demo)", "Voorbeeldstraat 1", d.city()),
				online ? "https://meet.example.org/kennisportaal-demo" : null, start,
				start.plusHours(d.kind() == EventDocument.Kind.CONFERENCE ? 7 : 3), d.capacity(), null, null,
				List.of(d.partnership()), List.of("COMMUNICATION"), List.of(d.sector()),
				List.of(new EventApi.QuestionBody("role", "Wat is je rol?", EventDocument.Question.Type.CHOICE,
						List.of("Leerkracht", "Pedagogisch medewerker", "Ouder", "Anders"), true)));
		EventDocument event = new EventDocument();
		event.setId(id);
		event.setStatus(EventDocument.Status.PUBLISHED);
		event.setOrganiser(organiser.subject());
		event.setOrganiserName(organiser.name());
		event.setCreatedAt(this.clock.instant());
		return this.events.fill(event, request)
			.flatMap(valid -> this.ledger.create(id, valid.getCapacity()).then(this.writes.create(id, valid, true)));
	}

	private Mono<Void> fill(String id, Demo d) {
		return Flux.range(0, d.prefilled())
			.concatMap(n -> {
				PortalUser member = new PortalUser("member-" + (901 + n), "Lid " + (901 + n), null, Set.of(Role.MEMBER));
				return this.registrations
					.register(id, new EventApi.RegistrationRequest(List.of(), java.util.Map.of("role", "Leerkracht")),
							member)
					.onErrorResume(PortalException.class, ex -> Mono.empty()); // already there after a restart
			})
			.then();
	}

}
