package nl.ouderbetrokkenheid.portal.identity;

import jakarta.validation.constraints.Size;

/** What a person may change about themselves; name and e-mail belong to the identity provider. */
record ProfileUpdate(@Size(max = 200) String organisation, @Size(max = 40) String sector,
		@Size(max = 40) String region, @Size(max = 2000) String bio) {
}
