package org.yusuan.budget.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of yusuan's value types; put it on a {@code package-info.java}.
 *
 * <p>Retention is {@code SOURCE} so that neither this annotation nor Immutables is needed at run
 * time by anyone who uses the jars: the generated classes are plain Java.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    optionalAcceptNullable = false,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    get = {"is*", "get*"},
    init = "*",
    strictBuilder = false,
    privateNoargConstructor = false)
public @interface BudgetStyle {}
