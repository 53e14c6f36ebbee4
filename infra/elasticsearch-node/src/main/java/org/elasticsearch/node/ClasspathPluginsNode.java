package org.elasticsearch.node;

import java.util.List;

import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * An Elasticsearch node whose plugins are plain classes on the class path instead of the distribution's plugin and module
 * directories, which do not exist here.
 * <p>
 * It lives in Elasticsearch's package because {@link NodeServiceProvider#newPluginService} and
 * {@link NodeConstruction#prepareConstruction} are package-private; the test framework's {@code MockNode} does the same.
 */
public class ClasspathPluginsNode extends Node {

	public ClasspathPluginsNode(Environment environment, List<Class<? extends Plugin>> plugins) {
		super(NodeConstruction.prepareConstruction(environment, null, new NodeServiceProvider() {

			@Override
			PluginsService newPluginService(Environment initialEnvironment, PluginsLoader pluginsLoader) {
				return new ClasspathPluginsService(initialEnvironment, plugins);
			}

		}, true));
	}

}
