package nl.ouderbetrokkenheid.portal.balance;

/**
 * How far a team is on one question: four steps ("nog niet", "we beginnen", "we zijn op weg", "het is geborgd") scored
 * 1 to 4, or "niet van toepassing", which counts for nothing (not as a low score).
 */
enum Level {

	NOT_YET(1), STARTING(2), UNDERWAY(3), SECURED(4), NOT_APPLICABLE(0);

	/** The highest score: a cell scored this needs no recommendation. */
	static final int SECURED_SCORE = 4;

	private final int score;

	Level(int score) {
		this.score = score;
	}

	boolean counts() {
		return this != NOT_APPLICABLE;
	}

	int score() {
		return this.score;
	}

}
