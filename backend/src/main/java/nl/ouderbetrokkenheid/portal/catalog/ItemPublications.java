package nl.ouderbetrokkenheid.portal.catalog;

import java.util.List;

import nl.ouderbetrokkenheid.portal.alerts.NewPublications;

/** An item as saved searches see it when it is newly published. */
final class ItemPublications {

	private ItemPublications() {
	}

	static NewPublications.Publication of(ItemDocument item) {
		return new NewPublications.Publication(NewPublications.Kind.ITEM, item.getId(), "/items/" + item.getSlug(),
				item.getTitle(), item.getSummary(), item.getBodyText(), item.getOrganisation(), item.getType(),
				copy(item.getPartnerships()), copy(item.getAspects()), copy(item.getSectors()), item.getRegion(),
				item.getPublishedAt());
	}

	private static List<String> copy(List<String> values) {
		return (values != null) ? List.copyOf(values) : List.of();
	}

}
