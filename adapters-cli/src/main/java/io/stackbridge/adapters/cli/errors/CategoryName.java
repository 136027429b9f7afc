package io.stackbridge.adapters.cli.errors;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.domain.error.Category;
import io.stackbridge.domain.text.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;

/** Reads {@code --category} in any case, with hyphens or underscores: {@code tenant-registration}, {@code USAGE_API}. */
final class CategoryName implements ITypeConverter<Category> {

    @Override
    public Category convert(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Category category : Category.values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        throw new TypeConversionException(CliText.in(Language.of(Locale.getDefault())).format("errors.category.unknown", text, CatalogTexts.categoryNames()));
    }
}
