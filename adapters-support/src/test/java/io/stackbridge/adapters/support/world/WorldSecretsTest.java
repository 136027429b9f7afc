package io.stackbridge.adapters.support.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.adapters.support.json.JsonTrees;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;
import io.stackbridge.domain.validation.Violation;
import io.stackbridge.domain.world.World;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The world's secrets: read from the world file without ever being quoted in a problem, and never in the admin API's view. */
class WorldSecretsTest {

    private static final String SECRET = "Sb~4c1.world";
    private static final String PRINCIPAL = "\"tenantId\":\"aaaaaaaa-0001-4000-8000-000000000001\",\"clientId\":\"aaaaaaaa-0003-4000-8000-000000000009\","
            + "\"objectId\":\"aaaaaaaa-0004-4000-8000-000000000009\"";

    private static String shown(Seq<Violation> problems) {
        return problems.map(problem -> MessageBundle.show(Language.EN, problem) + " " + problem.value()).mkString("\n");
    }

    @Test
    void a_world_file_with_a_wrongly_typed_secret_or_certificate_does_not_quote_them() {
        Seq<Violation> problems = WorldFile.parse("{\"principals\":[{" + PRINCIPAL + ",\"secret\":[\"" + SECRET + "\"]},{" + PRINCIPAL
                + ",\"secret\":\"x\",\"certificate\":{\"pem\":\"-----BEGIN PRIVATE KEY-----" + SECRET + "\"}}]}").getLeft();

        assertThat(problems.map(Violation::field)).containsExactly("principals[0].secret", "principals[1].certificate");
        assertThat(shown(problems)).doesNotContain(SECRET).doesNotContain("PRIVATE KEY");
    }

    @Test
    void principals_that_are_no_objects_or_no_array_are_not_quoted() {
        Seq<Violation> entries = WorldFile.parse("{\"principals\":[{" + PRINCIPAL + ",\"secret\":\"x\"}, \"" + SECRET + "\", [\"" + SECRET
                + "\"]]}").getLeft();
        Seq<Violation> list = WorldFile.parse("{\"principals\":\"" + SECRET + "\"}").getLeft();

        assertThat(entries.map(Violation::field)).containsExactly("principals[1]", "principals[2]");
        assertThat(list.map(Violation::field)).containsExactly("principals");
        assertThat(shown(entries) + shown(list)).doesNotContain(SECRET);
    }

    @Test
    void a_world_file_that_is_no_object_is_not_quoted() {
        Seq<Violation> problems = WorldFile.parse("[{" + PRINCIPAL + ",\"secret\":\"" + SECRET + "\"}]").getLeft();

        assertThat(shown(problems)).doesNotContain(SECRET);
    }

    @Test
    void the_view_says_whether_a_secret_is_set_and_never_shows_it() {
        World world = WorldFile.parse("{\"principals\":[{" + PRINCIPAL + ",\"secret\":\"" + SECRET + "\"}]}").get();

        ObjectNode view = WorldView.of(world);

        assertThat(JsonTrees.compact(view)).doesNotContain(SECRET);
        assertThat(view.at("/principals/0/" + WorldView.SECRET_SET).asBoolean()).isTrue();
        assertThat(WorldView.of(world.principals().head()).get(WorldView.SECRET_SET).asBoolean()).isTrue();
    }
}
