package nl.ouderbetrokkenheid.portal.isop;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PersonalDataHolder;
import nl.ouderbetrokkenheid.portal.system.Visible;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * ISOP dossiers in a person's data: the dossiers they created (with the consent records), and what they wrote into
 * others (evidence, findings, visits, steps). On erasure a contact's dossiers go with their files, except a school
 * whose label is in force, which stays in the register without its contact; elsewhere the person's name and subject
 * are taken out of what they wrote, which stays part of the school's record.
 */
@Component
@RequiredArgsConstructor
class IsopPersonalData implements PersonalDataHolder {

	private static final int MAX = 1000;

	private final SchoolRepository schools;

	@Visible
	private final ReactiveElasticsearchOperations operations;

	private final IsopService isop;

	private final Clock clock;

	@Override
	public String section() {
		return "isop";
	}

	@Override
	public Mono<Object> export(String subject) {
		return this.schools.findByParticipants(subject, PageRequest.of(0, MAX)).map(school -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("school", school.getName());
			entry.put("createdByYou", subject.equals(school.getContactSubject()));
			entry.put("state", school.getState());
			if (subject.equals(school.getContactSubject()) && school.getConsent() != null) {
				SchoolDocument.Consent consent = school.getConsent();
				entry.put("researchConsent", Map.of("given", consent.isGiven(), "givenAt", String.valueOf(consent.getGivenAt()),
						"withdrawnAt", String.valueOf(consent.getWithdrawnAt())));
			}
			entry.put("evidence", school.getSections()
				.stream()
				.flatMap(section -> section.getEvidence().stream())
				.filter(evidence -> subject.equals(evidence.getAddedBySubject()))
				.map(evidence -> Map.of("kind", evidence.getKind(), "title", evidence.getTitle(), "addedAt",
						String.valueOf(evidence.getAddedAt())))
				.toList());
			entry.put("findings", school.getSections()
				.stream()
				.flatMap(section -> section.getFindings()
					.stream()
					.filter(finding -> subject.equals(finding.getAssessorSubject()))
					.map(finding -> Map.of("guideline", section.getGuideline(), "status", finding.getStatus(), "text",
							finding.getText(), "at", String.valueOf(finding.getAt()))))
				.toList());
			entry.put("steps", school.getHistory()
				.stream()
				.filter(step -> subject.equals(step.getActorSubject()))
				.map(step -> Map.of("action", step.getAction(), "at", String.valueOf(step.getAt())))
				.toList());
			return (Object) entry;
		}).collectList().map(list -> (Object) list).defaultIfEmpty(List.of());
	}

	@Override
	public Mono<Void> erase(String subject) {
		return this.schools.findByParticipants(subject, PageRequest.of(0, MAX)).concatMap(school -> {
			if (subject.equals(school.getContactSubject()) && !Track.valid(school.getLabel(), this.clock.instant())) {
				return this.isop.delete(school);
			}
			forget(school, subject);
			return this.operations.save(school).then();
		}).then();
	}

	private static void forget(SchoolDocument school, String subject) {
		if (subject.equals(school.getContactSubject())) {
			school.setContactSubject(null);
			school.setContactName(null);
			school.setContactEmail(null);
		}
		if (subject.equals(school.getAssessorSubject())) {
			school.setAssessorSubject(null);
			school.setAssessorName(null);
		}
		if (school.getConsent() != null && subject.equals(school.getConsent().getRecordedBySubject())) {
			school.getConsent().setRecordedBySubject(null);
			school.getConsent().setRecordedByName(null);
		}
		school.getSections().forEach(section -> {
			section.getEvidence().stream().filter(e -> subject.equals(e.getAddedBySubject())).forEach(e -> {
				e.setAddedBySubject(null);
				e.setAddedByName(null);
			});
			section.getFindings().stream().filter(f -> subject.equals(f.getAssessorSubject())).forEach(f -> {
				f.setAssessorSubject(null);
				f.setAssessorName(null);
			});
		});
		school.getVisits().stream().filter(v -> subject.equals(v.getPlannedBySubject())).forEach(v -> {
			v.setPlannedBySubject(null);
			v.setPlannedByName(null);
		});
		school.getHistory().stream().filter(s -> Objects.equals(subject, s.getActorSubject())).forEach(s -> {
			s.setActorSubject(null);
			s.setActorName(null);
		});
		school.getParticipants().remove(subject);
	}

}
