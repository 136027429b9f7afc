package io.stackbridge.adapters.cli.portal;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.lab.LabDesk;
import io.stackbridge.adapters.cli.lab.LabTrouble;
import io.stackbridge.adapters.cli.lab.LabName;
import io.stackbridge.adapters.http.server.portal.LabCheckView;
import io.stackbridge.adapters.http.server.portal.LabCurrentView;
import io.stackbridge.adapters.http.server.portal.LabHintView;
import io.stackbridge.adapters.http.server.portal.LabResetView;
import io.stackbridge.adapters.http.server.portal.LabStartView;
import io.stackbridge.adapters.http.server.portal.LabSummaryView;
import io.stackbridge.adapters.http.server.portal.LabsView;
import io.stackbridge.adapters.http.server.portal.PortalLabs;
import io.stackbridge.adapters.http.server.portal.PortalPaths;
import io.stackbridge.adapters.http.server.portal.StampDenial;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.text.Language;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The labs as the page drives them, on the stamp the portal shows: the {@code lab} commands' work and
 * sentences (through {@link LabDesk}), the list with a title and the symptom of each lab. A name that
 * is no lab is {@code ResourceNotFound}, and nothing is done.
 */
public final class PageLabs implements PortalLabs {

    /** Where the page reaches a lab, as ResourceNotFound names an unknown one. */
    private static final String LABS = "/_stackbridge" + PortalPaths.API + "/labs/";

    private final LabDesk desk;

    public PageLabs(LabDesk desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    @Override
    public LabsView list(Language language) {
        CliText text = CliText.in(language);
        LabCurrentView current = desk.current().map(started -> new LabCurrentView(started.lab().labName(), started.lab().code().name(),
                started.startedAt().map(Object::toString).getOrNull(), started.hints(), started.fixed())).getOrNull();
        List<LabSummaryView> labs = List.of(LabName.values()).map(lab -> new LabSummaryView(lab.labName(), lab.code().name(),
                text.format("portal.lab." + lab.labName() + ".title"), text.format("portal.lab." + lab.labName() + ".symptom")));
        return new LabsView(current, labs.toJavaList());
    }

    @Override
    public Either<StampDenial, LabStartView> start(String name, Language language) {
        return lab(name).flatMap(lab -> {
            LabDesk.Told<LabDesk.Started> told = desk.start(lab, language);
            return told.outcome().mapLeft(PageLabs::denial).map(started -> new LabStartView(lab.labName(), lab.code().name(), told.lines().toJavaList(),
                    started.symptom()));
        });
    }

    @Override
    public Either<StampDenial, LabHintView> hint(String name, Language language) {
        return lab(name).flatMap(lab -> desk.hint(lab, language).outcome().mapLeft(PageLabs::denial).map(hint -> new LabHintView(hint.number(), LabDesk.HINTS, hint.text())));
    }

    @Override
    public Either<StampDenial, LabCheckView> check(String name, Language language) {
        return lab(name).flatMap(lab -> told(desk.check(lab, language), (passed, lines) -> new LabCheckView(passed, lines)));
    }

    @Override
    public Either<StampDenial, LabResetView> reset(String name, Language language) {
        return lab(name).flatMap(lab -> told(desk.reset(lab, language), (reset, lines) -> new LabResetView(reset, lines)));
    }

    private static <T> Either<StampDenial, T> told(LabDesk.Told<Boolean> told, BiFunction<Boolean, java.util.List<String>, T> view) {
        return told.outcome().mapLeft(PageLabs::denial).map(answer -> view.apply(answer, told.lines().toJavaList()));
    }

    /** What the page answers for a lab request that did not do its work; a bridge still busy is 503 {@code BridgeBusy}, to try again. */
    static StampDenial denial(LabTrouble trouble) {
        if (trouble instanceof LabTrouble.StampUnopened unopened) {
            return StampRefusal.of(unopened.problem());
        }
        if (trouble instanceof LabTrouble.Refused refused) {
            return StampDenial.coded(refused.error());
        }
        long seconds = ((LabTrouble.BridgeBusy) trouble).waited().toSeconds();
        return new StampDenial.Refused(503, "BridgeBusy", language -> CliText.in(language).format("portal.lab.bridgeBusy", seconds));
    }

    /** The lab of that name, or ResourceNotFound naming where the page asked for it. */
    private static Either<StampDenial, LabName> lab(String name) {
        return LabName.named(name).toEither(() -> StampDenial.coded(new ArmError.ResourceNotFound(LABS + name)));
    }
}
