package nl.ouderbetrokkenheid.portal.isop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.catalog.Slugs;
import nl.ouderbetrokkenheid.portal.files.Attachments;
import nl.ouderbetrokkenheid.portal.pdf.PrintDocument;
import nl.ouderbetrokkenheid.portal.system.DemoMarkers;
import nl.ouderbetrokkenheid.portal.system.DemoSet;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexLifecycleRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Three demo schools in different stages, loaded once when {@code portal.demo.enabled}: one with a label in force
 * (in the register, with its practice examples and events), one in review with the demo assessor, one whose label
 * expired (out of the register). Their contact is the local identity provider's account {@code school}, the assessor
 * its account {@code assessor}. Dates are relative to now.
 */
@Component
@Order(IndexLifecycleRunner.ORDER + 35)
@RequiredArgsConstructor
class DemoIsop implements DemoSet {

	private static final Logger logger = LoggerFactory.getLogger(DemoIsop.class);

	static final String CONTACT = "school";

	static final String CONTACT_NAME = "Sanne Schoolcontact";

	static final String CONTACT_EMAIL = "sanne.schoolcontact@demo.kennisportaal.test";

	static final String ASSESSOR = "assessor";

	static final String ASSESSOR_NAME = "Anja Assessor";

	private final DemoMarkers markers;

	private final DocumentWrites writes;

	private final Attachments files;

	private final IsopRules rules;

	private final IsopProperties properties;

	private final Clock clock;

	@Override
	public Mono<Void> load() {
		return this.markers.once("demo-isop-v1", schools()).doOnSuccess(done -> logger.info("Demo ISOP schools in place"));
	}

	private Mono<Void> schools() {
		Instant now = this.clock.instant();
		SchoolDocument awarded = school("demo-isop-vlinderboom", "Basisschool De Vlinderboom (fictief)", "99XX01",
				"Utrecht", "UTRECHT", "EDUCATION", now.minus(Duration.ofDays(400)));
		awarded.setLinkedItems(new ArrayList<>(List.of(Slugs.of("Koffieochtend-kit: twaalf gespreksstarters voor een geslaagde ochtend"))));
		awarded.setLinkedEvents(new ArrayList<>(List.of("demo-event-01", "demo-event-02")));
		assess(awarded, now.minus(Duration.ofDays(200)));
		decide(awarded, TrackState.AWARDED, now.minus(Duration.ofDays(150)),
				"Alle zes richtlijnen zijn aantoonbaar verankerd; de ouderkamer is een voorbeeld voor andere scholen.");
		awarded.setConsent(new SchoolDocument.Consent(true, now.minus(Duration.ofDays(390)), null, CONTACT, CONTACT_NAME));

		SchoolDocument review = school("demo-isop-mergelland", "Peuteropvang Het Mergelland (fictief)", "99XX02",
				"Maastricht", "LIMBURG", "VVE", now.minus(Duration.ofDays(60)));
		assess(review, now.minus(Duration.ofDays(20)));
		review.getSections().get(0).setStatus(SectionStatus.MET);
		review.getSections()
			.get(0)
			.getFindings()
			.add(new SchoolDocument.Finding(SectionStatus.MET, "Ouders lopen vrij binnen; de ontvangst is warm.", ASSESSOR,
					ASSESSOR_NAME, now.minus(Duration.ofDays(10))));

		SchoolDocument expired = school("demo-isop-waterlelie", "OBS De Waterlelie (fictief)", "99XX03", "Haarlem",
				"NOORD_HOLLAND", "EDUCATION", now.minus(Duration.ofDays(1300)));
		assess(expired, now.minus(Duration.ofDays(1200)));
		decide(expired, TrackState.AWARDED, now.minus(Duration.ofDays(1150)),
				"Een heldere visie en een plan dat het team samen met ouders uitvoert.");

		return vision(awarded).thenMany(Flux.just(awarded, review, expired))
			.concatMap(school -> this.writes.create(school.getId(), school, true))
			.then();
	}

	/** The awarded school's vision as a real PDF in its dossier, made here rather than kept as a blob. */
	private Mono<Void> vision(SchoolDocument school) {
		byte[] pdf = PrintDocument.start(PrintDocument.Format.A4_PORTRAIT, "Visie op ouderbetrokkenheid", null,
				Locale.forLanguageTag("nl"))
			.title("Visie op ouderbetrokkenheid - " + school.getName(), 18)
			.paragraph("Ouders zijn partners in het leren van hun kind. Wij ontvangen ouders elke week in de ouderkamer, "
					+ "bespreken leerdoelen samen en vragen ouders jaarlijks wat beter kan. (Demo-inhoud, fictief.)")
			.finish();
		return this.files.attach(IsopService.fileOwner(school.getId()), "visie-ouderbetrokkenheid.pdf", pdf, true)
			.doOnNext(file -> school.section("VISION")
				.getEvidence()
				.add(new SchoolDocument.Evidence(school.getId() + "-vision", EvidenceKind.DOCUMENT, file.name(), null, null,
						file.id(), file.name(), file.contentType(), file.size(), CONTACT, CONTACT_NAME,
						school.getCreatedAt().plus(Duration.ofDays(2)))))
			.then();
	}

	private SchoolDocument school(String id, String name, String brin, String place, String province, String sector,
			Instant created) {
		SchoolDocument school = new SchoolDocument();
		school.setId(id);
		school.setSlug(Slugs.of(name));
		school.setName(name);
		school.setBrin(brin);
		school.setPlace(place);
		school.setProvince(province);
		school.setSector(sector);
		school.setOrganisation(name);
		school.setSearchText(String.join(" ", name, place));
		school.setContactSubject(CONTACT);
		school.setContactName(CONTACT_NAME);
		school.setContactEmail(CONTACT_EMAIL);
		school.getParticipants().add(CONTACT);
		school.setDemo(true);
		school.setCreatedAt(created);
		for (String guideline : this.rules.guidelines()) {
			school.getSections().add(new SchoolDocument.Section(guideline));
		}
		step(school, Track.Action.APPLY, null, TrackState.DRAFT, CONTACT, CONTACT_NAME, created, null);
		evidence(school, "WELCOME", EvidenceKind.TEAM_MEETING_NOTE, "Teamvergadering over ouders als partners",
				"Het team sprak af dat elke leerkracht ouders in de eerste schoolweek persoonlijk welkom heet.",
				created.plus(Duration.ofDays(3)));
		evidence(school, "PLAN", EvidenceKind.LINK, "Plan ouderbetrokkenheid op de schoolwebsite", null,
				created.plus(Duration.ofDays(5)));
		evidence(school, "SHARING", EvidenceKind.CONVERSATION_NOTE, "Gesprek met de ouderraad",
				"De ouderraad wil de ervaringen delen op een regiobijeenkomst.", created.plus(Duration.ofDays(7)));
		school.section("PLAN").getEvidence().getLast().setUrl("https://example.org/demo/plan-ouderbetrokkenheid");
		school.setState(TrackState.DRAFT);
		school.setUpdatedAt(created.plus(Duration.ofDays(7)));
		return school;
	}

	private void evidence(SchoolDocument school, String guideline, EvidenceKind kind, String title, String text,
			Instant at) {
		school.section(guideline)
			.getEvidence()
			.add(new SchoolDocument.Evidence(school.getId() + "-" + guideline.toLowerCase(Locale.ROOT), kind, title, null,
					text, null, null, null, null, CONTACT, CONTACT_NAME, at));
	}

	/** Handed in, assigned to the demo assessor, visited. */
	private void assess(SchoolDocument school, Instant at) {
		step(school, Track.Action.SUBMIT, TrackState.DRAFT, TrackState.SUBMITTED, CONTACT, CONTACT_NAME, at, null);
		step(school, Track.Action.ASSIGN, TrackState.SUBMITTED, TrackState.IN_REVIEW, "editor", "Ruud Redacteur",
				at.plus(Duration.ofDays(1)), ASSESSOR_NAME);
		school.setAssessorSubject(ASSESSOR);
		school.setAssessorName(ASSESSOR_NAME);
		school.getParticipants().add(ASSESSOR);
		Instant visit = at.plus(Duration.ofDays(14));
		school.getVisits()
			.add(new SchoolDocument.Visit(school.getId() + "-visit-1", visit, visit.plus(Duration.ofHours(3)),
					school.getPlace() + ", hoofdgebouw", "Rondleiding, gesprek met ouders en met het team.", ASSESSOR,
					ASSESSOR_NAME));
		step(school, Track.Action.PLAN_VISIT, TrackState.IN_REVIEW, TrackState.IN_REVIEW, ASSESSOR, ASSESSOR_NAME,
				at.plus(Duration.ofDays(2)), school.getPlace());
		school.setState(TrackState.IN_REVIEW);
		school.setUpdatedAt(at.plus(Duration.ofDays(2)));
	}

	private void decide(SchoolDocument school, TrackState to, Instant at, String reason) {
		for (SchoolDocument.Section section : school.getSections()) {
			section.setStatus(SectionStatus.MET);
			section.getFindings()
				.add(new SchoolDocument.Finding(SectionStatus.MET, "Aangetoond met documenten en in het schoolbezoek.",
						ASSESSOR, ASSESSOR_NAME, at.minus(Duration.ofDays(1))));
		}
		step(school, Track.Action.AWARD, TrackState.IN_REVIEW, to, ASSESSOR, ASSESSOR_NAME, at, reason);
		Period validity = this.properties.validity();
		school.setLabel(new SchoolDocument.Label(at, Track.validUntil(at, validity), reason, null));
		school.setState(to);
		school.setUpdatedAt(at);
	}

	private static void step(SchoolDocument school, Track.Action action, TrackState from, TrackState to, String subject,
			String name, Instant at, String detail) {
		school.getHistory().add(new SchoolDocument.Step(action.key(), from, to, subject, name, at, detail));
		school.getParticipants().add(subject);
	}

}
