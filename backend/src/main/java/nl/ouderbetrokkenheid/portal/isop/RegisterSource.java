package nl.ouderbetrokkenheid.portal.isop;

import java.util.List;

/** The fields of a school the register reads straight from a search answer. */
record RegisterSource(String slug, String name, String place, String province, String sector, Label label) {

	static final List<String> FIELDS = List.of("slug", "name", "place", "province", "sector", "label.awardedAt",
			"label.validUntil");

	record Label(String awardedAt, String validUntil) {
	}

}
