package nl.ouderbetrokkenheid.portal.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaxonomyTests {

	private final Taxonomy taxonomy = new Taxonomy();

	@Test
	void unknownCodesGiveOneErrorNamingTheFieldWithTheSameCodeAndMessageForEveryKind() {
		assertThat(this.taxonomy.check("sectors", Kind.SECTOR, List.of("CARE", "SPACE", "MOON")))
			.containsExactly(new Problems.FieldError("sectors", Problems.Code.UNKNOWN_CODE, "unknown code 'SPACE'"));
		assertThat(this.taxonomy.check("type", Kind.CONTENT_TYPE, "ESSAY"))
			.containsExactly(new Problems.FieldError("type", Problems.Code.UNKNOWN_CODE, "unknown code 'ESSAY'"));
		assertThat(this.taxonomy.check("sectors", Kind.SECTOR, List.of("CARE", "VVE"))).isEmpty();
	}

	@Test
	void missingValuesAreLeftToBeanValidation() {
		assertThat(this.taxonomy.check("region", Kind.REGION, (String) null)).isEmpty();
		assertThat(this.taxonomy.check("region", Kind.REGION, " ")).isEmpty();
		assertThat(this.taxonomy.check("aspects", Kind.ASPECT, Arrays.asList(null, "ICT"))).isEmpty();
	}

	@Test
	void nationalIsARegionButNotAProvince() {
		assertThat(this.taxonomy.knows(Kind.REGION, Taxonomy.NATIONAL)).isTrue();
		assertThat(this.taxonomy.knows(Kind.REGION, "UTRECHT")).isTrue();
		assertThat(this.taxonomy.knows(Kind.PROVINCE, Taxonomy.NATIONAL)).isFalse();
		assertThat(this.taxonomy.knows(Kind.PROVINCE, "UTRECHT")).isTrue();
		assertThat(this.taxonomy.terms(Kind.REGION).getFirst().code()).isEqualTo(Taxonomy.NATIONAL);
		assertThat(this.taxonomy.terms(Kind.REGION)).hasSize(this.taxonomy.terms(Kind.PROVINCE).size() + 1);
	}

	@Test
	void labelsAsPeopleWriteThemNameTheirCode() {
		assertThat(this.taxonomy.codeFor(Kind.REGION, "Zuid-Holland")).contains("ZUID_HOLLAND");
		assertThat(this.taxonomy.codeFor(Kind.REGION, "zuid-holland")).contains("ZUID_HOLLAND");
		assertThat(this.taxonomy.codeFor(Kind.REGION, "ZUID_HOLLAND")).contains("ZUID_HOLLAND");
		assertThat(this.taxonomy.codeFor(Kind.REGION, " zuid holland ")).contains("ZUID_HOLLAND");
		assertThat(this.taxonomy.codeFor(Kind.REGION, "South Holland")).contains("ZUID_HOLLAND");
		assertThat(this.taxonomy.codeFor(Kind.REGION, "Landelijk")).contains(Taxonomy.NATIONAL);
		assertThat(this.taxonomy.codeFor(Kind.REGION, "Fryslan")).contains("FRIESLAND");
		assertThat(this.taxonomy.codeFor(Kind.PARTNERSHIP, "Informeel partnerschap")).contains("INFORMAL");
		assertThat(this.taxonomy.codeFor(Kind.SECTOR, "opvang")).contains("CHILDCARE");
		assertThat(this.taxonomy.codeFor(Kind.CONTENT_TYPE, "Tip of tool")).contains("TOOL");
		assertThat(this.taxonomy.codeFor(Kind.CONTENT_TYPE, "practice-example")).contains("PRACTICE_EXAMPLE");
	}

	@Test
	void labelsOfOneKindDoNotNameCodesOfAnother() {
		assertThat(this.taxonomy.codeFor(Kind.SECTOR, "Zuid-Holland")).isEmpty();
		assertThat(this.taxonomy.codeFor(Kind.PROVINCE, "Landelijk")).isEmpty();
		assertThat(this.taxonomy.codeFor(Kind.REGION, "Mars")).isEmpty();
		assertThat(this.taxonomy.codeFor(Kind.REGION, "")).isEmpty();
	}

	@Test
	void aFilterParameterSelectsCommaSeparatedCodesOnceAndNamesItselfWhenWrong() {
		List<Problems.FieldError> errors = new ArrayList<>();
		assertThat(this.taxonomy.selected("sector", Kind.SECTOR, List.of("CARE, VVE", "CARE"), errors))
			.containsExactly("CARE", "VVE");
		assertThat(errors).isEmpty();

		assertThat(this.taxonomy.selected("region", Kind.REGION, List.of("NATIONAL,ATLANTIS"), errors))
			.containsExactly("NATIONAL", "ATLANTIS");
		assertThat(errors).extracting(Problems.FieldError::field, Problems.FieldError::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("region", Problems.Code.UNKNOWN_CODE));

		List<String> many = new ArrayList<>();
		for (int i = 0; i <= Taxonomy.MAX_SELECTED; i++) {
			many.add("CODE" + i);
		}
		List<Problems.FieldError> tooMany = new ArrayList<>();
		this.taxonomy.selected("aspect", Kind.ASPECT, many, tooMany);
		assertThat(tooMany).extracting(Problems.FieldError::code)
			.containsExactly(Problems.Code.UNKNOWN_CODE, Problems.Code.TOO_MANY);
	}

}
