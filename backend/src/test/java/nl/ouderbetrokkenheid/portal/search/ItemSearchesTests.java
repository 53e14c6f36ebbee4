package nl.ouderbetrokkenheid.portal.search;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemSearchesTests {

	/** An answer as Elasticsearch writes it for the portal's request (trimmed to one hit and one facet). */
	private static final String ANSWER = """
			{"took":3,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
			 "hits":{"total":{"value":42,"relation":"eq"},"max_score":7.5,"hits":[
			  {"_index":"kp-items-v3","_id":"i-1","_score":7.5,
			   "_source":{"slug":"ouderkamer","type":"PRACTICE","title":"De ouderkamer","partnerships":["INFORMAL"],
			              "publishedAt":"2026-01-02T10:00:00Z","demo":true,"unknown":"ignored"},
			   "highlight":{"title":["De <mark>ouderkamer</mark>"]},
			   "sort":[7.5,1767348000000,"ouderkamer"]}]},
			 "aggregations":{"facet_sector":{"doc_count":40,"values":{"doc_count_error_upper_bound":0,
			   "sum_other_doc_count":0,"buckets":[{"key":"PO","doc_count":30},{"key":"VVE","doc_count":10}]}}},
			 "suggest":{"spelling":[{"text":"ouderkamr","offset":0,"length":9,
			   "options":[{"text":"ouderkamer","score":0.8,"freq":12}]}]}}
			""";

	@Test
	void readsWhatTheSearchUses() {
		ItemSearches.Answer answer = ItemSearches.read(new ByteArrayInputStream(ANSWER.getBytes(StandardCharsets.UTF_8)));
		assertThat(answer.hits().total().value()).isEqualTo(42);
		ItemSearches.Hit hit = answer.hits().hits().getFirst();
		assertThat(hit.id()).isEqualTo("i-1");
		assertThat(hit.source().slug()).isEqualTo("ouderkamer");
		assertThat(hit.source().demo()).isTrue();
		assertThat(hit.highlight().get("title")).containsExactly("De <mark>ouderkamer</mark>");
		assertThat(answer.aggregations().get("facet_sector").docCount()).isEqualTo(40);
		assertThat(answer.aggregations().get("facet_sector").values().buckets())
			.containsExactly(new ItemSearches.Bucket("PO", 30), new ItemSearches.Bucket("VVE", 10));
		assertThat(answer.suggest().get("spelling").getFirst().options().getFirst().text()).isEqualTo("ouderkamer");
	}

	@Test
	void sortValuesKeepTheirTypesForCursors() {
		ItemSearches.Answer answer = ItemSearches.read(new ByteArrayInputStream(ANSWER.getBytes(StandardCharsets.UTF_8)));
		List<FieldValue> sort = answer.hits().hits().getFirst().sortValues();
		assertThat(sort.get(0).isDouble()).isTrue();
		assertThat(sort.get(0).doubleValue()).isEqualTo(7.5);
		assertThat(sort.get(1).isLong()).isTrue();
		assertThat(sort.get(1).longValue()).isEqualTo(1767348000000L);
		assertThat(sort.get(2).stringValue()).isEqualTo("ouderkamer");
	}

	@Test
	void anAnswerWithoutHighlightsSortOrSuggestionsReadsAsEmpty() {
		String bare = """
				{"hits":{"total":{"value":1},"hits":[{"_id":"i-2","_source":{"slug":"x"}}]}}""";
		ItemSearches.Answer answer = ItemSearches.read(new ByteArrayInputStream(bare.getBytes(StandardCharsets.UTF_8)));
		assertThat(answer.hits().hits().getFirst().highlight()).isEmpty();
		assertThat(answer.hits().hits().getFirst().sortValues()).isEmpty();
		assertThat(answer.aggregations()).isEmpty();
		assertThat(answer.suggest()).isEmpty();
	}

}
