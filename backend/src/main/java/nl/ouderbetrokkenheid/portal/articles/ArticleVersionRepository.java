package nl.ouderbetrokkenheid.portal.articles;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;

interface ArticleVersionRepository extends ReactiveElasticsearchRepository<ArticleVersionDocument, String> {

	Flux<ArticleVersionDocument> findByArticleId(String articleId, Pageable pageable);

}
