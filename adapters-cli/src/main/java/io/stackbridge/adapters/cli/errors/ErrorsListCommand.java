package io.stackbridge.adapters.cli.errors;

import io.stackbridge.adapters.cli.CommandGroup;
import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.Subcommand;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.console.JsonOutput;
import io.stackbridge.adapters.cli.console.LanguageOption;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.console.TextTable;
import io.stackbridge.domain.error.Category;
import io.stackbridge.domain.error.ErrorCode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;

/** {@code stackbridge errors list}: every code of the catalog, or those of one category. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists every error code with its category, HTTP status and whether a retry can help.")
public final class ErrorsListCommand implements Subcommand {

    @picocli.CommandLine.Option(names = "--category", paramLabel = "CATEGORY", converter = CategoryName.class,
            description = "Only the codes of this category: bridge, tenant-registration, registration, stamp, usage-api, "
                    + "usage-service, identity or arm.")
    private Category category;

    @Mixin
    private LanguageOption lang;

    @Mixin
    private OutputOption output;

    private final ConsoleOutput console;

    @Inject
    public ErrorsListCommand(ConsoleOutput console) {
        this.console = console;
    }

    @Override
    public Option<Class<? extends CommandGroup>> group() {
        return Option.some(ErrorsCommands.class);
    }

    @Override
    public Integer call() {
        List<ErrorCode> codes = List.of(ErrorCode.values()).filter(code -> category == null || code.category() == category);
        if (output.json()) {
            JsonOutput.print(console, Map.of("codes", codes.map(code -> CatalogEntry.of(code, lang.language())).toJavaList()));
            return ExitCodes.OK;
        }
        CliText text = CliText.in(lang.language());
        TextTable.of(List.of("code", "category", "http", "recovery").map(column -> text.format("errors.column." + column)))
                .rows(codes.map(code -> List.of(code.name(), CatalogTexts.category(text, code), CatalogTexts.httpStatusShort(code),
                        CatalogTexts.recoveryShort(text, code))))
                .alignRight(2)
                .print(console);
        return ExitCodes.OK;
    }
}
