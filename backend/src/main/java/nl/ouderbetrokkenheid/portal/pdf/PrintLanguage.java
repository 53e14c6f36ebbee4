package nl.ouderbetrokkenheid.portal.pdf;

import java.util.Locale;

import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.Problems;

/** The languages the portal prints in, as a request names them ({@code ?lang=nl|en}): Dutch first, English second. */
public enum PrintLanguage {

	NL(Locale.of("nl", "NL")), EN(Locale.UK);

	private final Locale locale;

	PrintLanguage(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return this.locale;
	}

	public boolean english() {
		return this == EN;
	}

	/** The language a parameter names, Dutch when it is absent; anything else is a 400 naming the parameter. */
	public static PrintLanguage of(String parameter, String value) {
		if (value == null) {
			return NL;
		}
		return switch (value) {
			case "nl" -> NL;
			case "en" -> EN;
			default -> throw new InvalidRequestException(parameter, Problems.Code.NOT_AN_OPTION,
					"must be 'nl' or 'en'");
		};
	}

}
