package io.stackbridge.adapters.http.server.tls;

import io.stackbridge.adapters.support.tls.CertificateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated certificate's names: always the loopback ones, plus those asked for; kept while they match, made anew when they change. */
class ServerIdentitiesNamesTest {

    @TempDir
    Path state;

    @Test
    void a_generated_certificate_names_localhost_both_loopback_addresses_and_the_names_asked_for() throws Exception {
        ServerIdentity identity = kept(new CertificateSource.Generated(List.of("Build-Box", "10.0.0.5", "[2001:db8::5]")), state);

        assertThat(SubjectNames.of(identity.leaf())).containsExactlyInAnyOrder("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1", "build-box",
                "10.0.0.5", "2001:db8:0:0:0:0:0:5");
    }

    @Test
    void the_default_certificate_names_the_loopback_names_only() throws Exception {
        ServerIdentity identity = kept(new CertificateSource.Generated(), state);

        assertThat(SubjectNames.of(identity.leaf())).containsExactlyInAnyOrder("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void a_kept_certificate_is_reused_for_the_same_names_in_any_form_and_made_anew_for_others() throws Exception {
        ServerIdentity first = kept(new CertificateSource.Generated(List.of("build-box", "10.0.0.5")), state);

        assertThat(ServerIdentities.keptForOtherNames(state, List.of("10.0.0.5", "BUILD-BOX", "127.0.0.1"))).isFalse();
        ServerIdentity same = kept(new CertificateSource.Generated(List.of("10.0.0.5", "BUILD-BOX")), state);
        assertThat(ServerIdentities.keptForOtherNames(state, List.of("build-box"))).isTrue();
        ServerIdentity other = kept(new CertificateSource.Generated(List.of("build-box")), state);

        assertThat(same.leaf()).isEqualTo(first.leaf());
        assertThat(other.leaf()).isNotEqualTo(first.leaf());
        assertThat(SubjectNames.of(other.leaf())).doesNotContain("10.0.0.5");
        assertThat(PemFiles.readCertificates(state.resolve(ServerIdentities.CERTIFICATE_FILE)).get(0)).isEqualTo(other.leaf());
    }

    @Test
    void nothing_kept_is_nothing_to_renew() {
        assertThat(ServerIdentities.keptForOtherNames(state, List.of("build-box"))).isFalse();
        assertThat(Files.exists(state.resolve(ServerIdentities.CERTIFICATE_FILE))).isFalse();
    }

    /** As the server does once bound: prepared in memory, then kept in the state directory. */
    private static ServerIdentity kept(CertificateSource source, Path state) throws Exception {
        ServerIdentities.Prepared prepared = ServerIdentities.prepare(source, state);
        prepared.save(state);
        return prepared.identity();
    }
}
