package nl.ouderbetrokkenheid.esnode;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NodeArgumentsTests {

	@Test
	void withoutArgumentsTheNodeIsASingleLoopbackNodeOnTheDefaultPorts() {
		NodeArguments arguments = NodeArguments.parse();

		assertThat(arguments.settings()).containsEntry("network.host", "127.0.0.1")
			.containsEntry("http.port", "9200")
			.containsEntry("transport.port", "9300")
			.containsEntry("cluster.name", "kennisportaal")
			.containsEntry("discovery.type", "single-node")
			.containsEntry("path.data", Path.of("data").toAbsolutePath().toString());
		assertThat(arguments.readyFile()).isEmpty();
		assertThat(arguments.exitWithParent()).isFalse();
	}

	@Test
	void settingsOverrideDefaultsInBothSpellings() {
		NodeArguments arguments = NodeArguments.parse("-Ehttp.port=0", "-E", "cluster.name=portal");

		assertThat(arguments.settings()).containsEntry("http.port", "0").containsEntry("cluster.name", "portal");
	}

	@Test
	void seedHostsMakeTheNodeJoinAClusterInsteadOfRunningAlone() {
		NodeArguments arguments = NodeArguments.parse("-Ediscovery.seed_hosts=127.0.0.1:9300,127.0.0.1:9301",
				"-Ecluster.initial_master_nodes=n1,n2,n3");

		assertThat(arguments.settings()).doesNotContainKey("discovery.type")
			.containsEntry("discovery.seed_hosts", "127.0.0.1:9300,127.0.0.1:9301")
			.containsEntry("cluster.initial_master_nodes", "n1,n2,n3");
	}

	@Test
	void valuesMayContainEqualsSignsAndRelativePathsBecomeAbsolute() {
		NodeArguments arguments = NodeArguments.parse("-Enode.attr.note=a=b", "-Epath.data=../x/./data");

		assertThat(arguments.settings()).containsEntry("node.attr.note", "a=b")
			.containsEntry("path.data", Path.of("../x/data").toAbsolutePath().normalize().toString());
	}

	@Test
	void readyFileAndParentWatchAreOptions() {
		NodeArguments arguments = NodeArguments.parse("--ready-file=target/ready.json", "--exit-with-parent");

		assertThat(arguments.readyFile()).contains(Path.of("target/ready.json").toAbsolutePath());
		assertThat(arguments.exitWithParent()).isTrue();
	}

	@Test
	void aSettingGivenTwiceIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> NodeArguments.parse("-Ehttp.port=1", "-Ehttp.port=2"))
			.withMessageContaining("http.port");
	}

	@Test
	void malformedAndUnknownArgumentsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> NodeArguments.parse("-Ehttp.port"));
		assertThatIllegalArgumentException().isThrownBy(() -> NodeArguments.parse("-E=1"));
		assertThatIllegalArgumentException().isThrownBy(() -> NodeArguments.parse("-E"));
		assertThatIllegalArgumentException().isThrownBy(() -> NodeArguments.parse("--port=9200"))
			.withMessageContaining("--port=9200");
	}

}
