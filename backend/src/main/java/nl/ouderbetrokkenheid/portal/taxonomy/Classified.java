package nl.ouderbetrokkenheid.portal.taxonomy;

import java.util.List;

/**
 * A request that files something under the model: the partnerships, aspects and sectors it is about and, where it has
 * one, its region. A request record implements it with its own accessors, so {@link ModelRules} checks its codes.
 */
public interface Classified {

	List<String> partnerships();

	List<String> aspects();

	List<String> sectors();

	/** A province or {@link Taxonomy#NATIONAL}; none by default. */
	default String region() {
		return null;
	}

}
