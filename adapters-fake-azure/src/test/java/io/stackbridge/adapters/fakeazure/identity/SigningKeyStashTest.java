package io.stackbridge.adapters.fakeazure.identity;

import com.nimbusds.jose.jwk.RSAKey;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyStashTest {

    @TempDir
    Path directory;

    @Test
    void an_empty_stash_gives_no_key() {
        assertThat(new SigningKeyStash(directory).take().isEmpty()).isTrue();
        assertThat(new SigningKeyStash(directory.resolve("not-made-yet")).take().isEmpty()).isTrue();
    }

    @Test
    void a_key_left_is_taken_once_and_never_again() throws IOException {
        SigningKeyStash stash = new SigningKeyStash(directory);
        stash.leaveNext();
        String left = keyIdIn(directory.resolve(SigningKeyStash.FILE));

        Option<RSAKey> first = stash.take();

        assertThat(first.map(RSAKey::getKeyID).getOrNull()).isEqualTo(left);
        assertThat(first.get().isPrivate()).isTrue();
        assertThat(stash.take().isEmpty()).as("the same key a second time").isTrue();
        assertThat(files()).isEmpty();
    }

    @Test
    void two_starts_in_a_row_never_sign_with_the_same_key() throws IOException {
        SigningKeyStash stash = new SigningKeyStash(directory);
        String first = new RsaTokenSigning(Option.of(stash)).keyId();
        stash.leaveNext();
        String left = keyIdIn(directory.resolve(SigningKeyStash.FILE));

        String second = new RsaTokenSigning(Option.of(stash)).keyId();
        String third = new RsaTokenSigning(Option.of(stash)).keyId();

        assertThat(second).as("the key the first start left").isEqualTo(left).isNotEqualTo(first);
        assertThat(third).as("made anew: the stash was empty").isNotEqualTo(left).isNotEqualTo(first);
        assertThat(files()).isEmpty();
    }

    @Test
    void a_corrupt_stash_gives_no_key_and_is_gone() throws IOException {
        Files.writeString(directory.resolve(SigningKeyStash.FILE), "{\"kty\":", StandardCharsets.UTF_8);

        assertThat(new SigningKeyStash(directory).take().isEmpty()).isTrue();
        assertThat(files()).isEmpty();
    }

    @Test
    void a_public_key_only_or_an_unreadable_stash_gives_no_key() throws IOException {
        RSAKey key = RsaTokenSigning.generate();
        Files.writeString(directory.resolve(SigningKeyStash.FILE), key.toPublicJWK().toJSONString(), StandardCharsets.UTF_8);
        assertThat(new SigningKeyStash(directory).take().isEmpty()).isTrue();

        Files.createDirectory(directory.resolve(SigningKeyStash.FILE));
        assertThat(new SigningKeyStash(directory).take().isEmpty()).isTrue();
    }

    @Test
    void a_signing_whose_stash_is_corrupt_makes_its_own_key() throws IOException {
        Files.writeString(directory.resolve(SigningKeyStash.FILE), "not a key", StandardCharsets.UTF_8);

        RsaTokenSigning signing = new RsaTokenSigning(Option.of(new SigningKeyStash(directory)));

        assertThat(signing.keyId()).isNotBlank();
        assertThat(files()).isEmpty();
    }

    @Test
    void leaving_a_key_writes_one_file_in_the_directory_and_only_its_owner_may_read_it() throws IOException {
        Path nested = directory.resolve("state");

        new SigningKeyStash(nested).leaveNext();

        assertThat(files()).containsExactly(nested, nested.resolve(SigningKeyStash.FILE));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested.resolve(SigningKeyStash.FILE)))).isEqualTo("rw-------");
        }
    }

    @Test
    void a_key_left_aside_is_made_at_once_when_its_wait_comes_first_and_is_there_when_it_returns() {
        SigningKeyStash stash = new SigningKeyStash(directory);

        stash.leaveNextAside(Duration.ofDays(1), Duration.ofMinutes(1)).run();

        assertThat(stash.take().isDefined()).isTrue();
    }

    private static String keyIdIn(Path file) throws IOException {
        return RsaTokenSigning.privateKey(Files.readString(file, StandardCharsets.UTF_8)).getKeyID();
    }

    /** Everything under the temporary directory, sorted. */
    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(directory)) {
            return all.filter(path -> !path.equals(directory)).sorted().toList();
        }
    }
}
