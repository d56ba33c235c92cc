package dev.laurel.text;

/** The dimension of a unit in a {@link UnitTable}. */
public enum UnitCategory {
    CURRENCY, PEOPLE, COUNT, AREA, LENGTH, WEIGHT, TIME, AGE, TEMPERATURE, PERCENT, HONOR
}
