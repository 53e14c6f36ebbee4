package nl.ouderbetrokkenheid.portal.isop;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.ouderbetrokkenheid.portal.catalog.ItemCards;
import nl.ouderbetrokkenheid.portal.events.EventCards;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;

/** What the ISOP API answers with: the dossier for those who work on it, and the public register. */
final class IsopViews {

	private IsopViews() {
	}

	/** The label; {@code valid} says whether it is in force now (an expired label is shown to the school only). */
	record LabelView(Instant awardedAt, Instant validUntil, boolean valid) {
	}

	record EvidenceView(String id, EvidenceKind kind, String title, String url, String text, String fileName,
			String contentType, Long size, String downloadUrl, String addedByName, Instant addedAt) {
	}

	record FindingView(SectionStatus status, String text, String assessorName, Instant at) {
	}

	record SectionView(String guideline, SectionStatus status, List<EvidenceView> evidence,
			List<FindingView> findings) {
	}

	record VisitView(String id, Instant startsAt, Instant endsAt, String location, String note, String plannedByName) {
	}

	record StepView(String action, TrackState from, TrackState to, String actorName, Instant at, String detail) {
	}

	record ConsentView(boolean given, Instant givenAt, Instant withdrawnAt, String recordedByName) {
	}

	/** What the caller may do with the dossier now, so the app offers only that. */
	record Permissions(boolean editEvidence, boolean submit, boolean restart, boolean assign, boolean assess,
			boolean decide, boolean consent, boolean delete, boolean links) {
	}

	record DossierView(String id, String slug, String name, String brin, String place, String province,
			String sector, String organisation, TrackState state, LabelView label, String contactName,
			String assessorSubject, String assessorName, String pendingAssessorEmail, List<SectionView> sections, List<VisitView> visits,
			List<StepView> history, ConsentView consent, List<String> linkedItems, List<String> linkedEvents,
			Permissions may, Instant createdAt, Instant updatedAt) {
	}

	record DossierSummary(String id, String slug, String name, String place, String province, TrackState state,
			String assessorName, LabelView label, Instant updatedAt) {
	}

	record DossierList(List<DossierSummary> dossiers) {
	}

	/** What the school shares on its public page, as the contact chose it (for the dossier's picker). */
	record LinksView(List<ItemCards.Card> items, List<EventCards.Card> events) {
	}

	record AssessorView(String subject, String name) {
	}

	record AssessorList(List<AssessorView> assessors) {
	}

	/** A school in the public register. */
	record RegisterEntry(String slug, String name, String place, String province, String sector, Instant awardedAt,
			Instant validUntil) {
	}

	/** One page of the register, with the number of schools per province and per sector for the map and filters. */
	record RegisterPage(long total, List<RegisterEntry> schools, Map<String, Long> provinces,
			Map<String, Long> sectors) {
	}

	/** A school's public page: the label, its shared practice (guideline 5) and its upcoming events. */
	record SchoolPage(String slug, String name, String brin, String place, String province, String sector,
			LabelView label, boolean researchConsent, List<ItemCards.Card> practice, List<EventCards.Card> events) {
	}

	static LabelView label(SchoolDocument.Label label, Instant now) {
		return (label == null) ? null : new LabelView(label.getAwardedAt(), label.getValidUntil(), Track.valid(label, now));
	}

	static DossierSummary summary(SchoolDocument school, Instant now) {
		return new DossierSummary(school.getId(), school.getSlug(), school.getName(), school.getPlace(),
				school.getProvince(), school.getState(), school.getAssessorName(), label(school.getLabel(), now),
				school.getUpdatedAt());
	}

	static DossierView view(SchoolDocument school, PortalUser viewer, Instant now) {
		Access access = Access.of(school, viewer);
		TrackState state = school.getState();
		boolean assessing = access.assessor() && (state == TrackState.IN_REVIEW || state == TrackState.MORE_REQUESTED);
		Permissions may = new Permissions(access.contact() && state.openToSchool(),
				access.contact() && state.openToSchool(),
				access.contact() && (state == TrackState.AWARDED || state == TrackState.DECLINED),
				access.staff() && (state == TrackState.SUBMITTED || state == TrackState.IN_REVIEW
						|| state == TrackState.MORE_REQUESTED),
				assessing, access.assessor() && state == TrackState.IN_REVIEW, access.contact(),
				access.staff() || (access.contact() && school.getLabel() == null), access.contact());
		List<SectionView> sections = school.getSections()
			.stream()
			.map(section -> new SectionView(section.getGuideline(), section.getStatus(),
					section.getEvidence().stream().map(evidence -> evidence(school, evidence)).toList(),
					section.getFindings()
						.stream()
						.map(finding -> new FindingView(finding.getStatus(), finding.getText(), finding.getAssessorName(),
								finding.getAt()))
						.toList()))
			.toList();
		SchoolDocument.Consent consent = school.getConsent();
		return new DossierView(school.getId(), school.getSlug(), school.getName(), school.getBrin(), school.getPlace(),
				school.getProvince(), school.getSector(), school.getOrganisation(), state, label(school.getLabel(), now),
				school.getContactName(), school.getAssessorSubject(), school.getAssessorName(),
				// Only staff assign, so only they see the address of an assessor who has not logged in yet.
				access.staff() ? school.getAssessorEmail() : null, sections,
				school.getVisits()
					.stream()
					.map(visit -> new VisitView(visit.getId(), visit.getStartsAt(), visit.getEndsAt(), visit.getLocation(),
							visit.getNote(), visit.getPlannedByName()))
					.toList(),
				school.getHistory()
					.stream()
					.map(step -> new StepView(step.getAction(), step.getFrom(), step.getTo(), step.getActorName(),
							step.getAt(), step.getDetail()))
					.toList(),
				(consent == null) ? null
						: new ConsentView(consent.isGiven(), consent.getGivenAt(), consent.getWithdrawnAt(),
								consent.getRecordedByName()),
				List.copyOf(school.getLinkedItems()), List.copyOf(school.getLinkedEvents()), may, school.getCreatedAt(),
				school.getUpdatedAt());
	}

	private static EvidenceView evidence(SchoolDocument school, SchoolDocument.Evidence evidence) {
		String download = (evidence.getFileId() != null)
				? "/api/isop/dossiers/" + school.getId() + "/files/" + evidence.getFileId() : null;
		return new EvidenceView(evidence.getId(), evidence.getKind(), evidence.getTitle(), evidence.getUrl(),
				evidence.getText(), evidence.getFileName(), evidence.getContentType(), evidence.getSize(), download,
				evidence.getAddedByName(), evidence.getAddedAt());
	}

	static RegisterEntry entry(SchoolDocument school) {
		return new RegisterEntry(school.getSlug(), school.getName(), school.getPlace(), school.getProvince(),
				school.getSector(), school.getLabel().getAwardedAt(), school.getLabel().getValidUntil());
	}

	/** How the caller stands to a dossier. */
	record Access(boolean contact, boolean assessor, boolean staff) {

		static Access of(SchoolDocument school, PortalUser user) {
			if (user.isAnonymous()) {
				return new Access(false, false, false);
			}
			boolean contact = user.has(nl.ouderbetrokkenheid.portal.identity.Role.SCHOOL_CONTACT)
					&& user.subject().equals(school.getContactSubject());
			boolean assessor = user.has(nl.ouderbetrokkenheid.portal.identity.Role.ASSESSOR)
					&& user.subject().equals(school.getAssessorSubject());
			boolean staff = user.isEditor() || user.has(nl.ouderbetrokkenheid.portal.identity.Role.ADMIN);
			return new Access(contact, assessor, staff);
		}

		boolean any() {
			return this.contact || this.assessor || this.staff;
		}

	}

}
