package io.f3console.app.cli;

import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.Detail;
import io.f3console.core.validation.ValidationFailure;
import io.f3console.core.validation.ValidationResult;
import java.io.PrintWriter;

/** The text form of a validation's verdict, shared by the commands that validate. */
final class ValidationText {
  private ValidationText() {}

  /**
   * The verdict of a validation judged with its table's trust: VALID, VALID (unverified),
   * UNTRUSTED_POWER_TABLE (the certificates are consistent, the table is not the network's) or
   * INVALID with the failure, then what it means and the next instance and table.
   */
  static void printVerdict(PrintWriter out, TrustedValidation judged) {
    ValidationResult result = judged.result();
    String word = judged.verdict().word() + ": ";
    switch (judged.verdict()) {
      case VALID -> out.println(word + describeRange(result) + ", from a verified power table.");
      case VALID_UNVERIFIED ->
          out.println(word + describeRange(result) + ", from a power table nothing proves.");
      case UNTRUSTED_POWER_TABLE ->
          out.println(
              word
                  + "the certificates are consistent ("
                  + describeRange(result)
                  + "), but the starting table is not "
                  + judged.start().network()
                  + "'s.");
      case INVALID -> {
        printFailure(out, result.failure().orElseThrow());
        out.println("Valid before it: " + describeRange(result) + ".");
      }
    }
    judged.explanation().ifPresent(sentence -> out.println("  " + sentence));
    out.println(
        "Next instance  "
            + Long.toUnsignedString(result.nextInstance())
            + ", validated by the power table with CID "
            + result.powerTable().cid());
  }

  /** INVALID with the failing instance, the check, its details and what it means. */
  static void printFailure(PrintWriter out, ValidationFailure failure) {
    out.println(
        "INVALID: the certificate for instance "
            + Long.toUnsignedString(failure.instance())
            + " fails "
            + failure.reason()
            + " at stage '"
            + failure.stage().title()
            + "'");
    out.println("  " + failure.message());
    for (Detail detail : failure.details()) {
      out.println("  " + detail.name() + ": " + detail.value());
    }
    out.println("  What it means: " + failure.reason().meaning());
  }

  private static String describeRange(ValidationResult result) {
    if (result.validated() == 0) {
      return "no certificates";
    }
    return result.validated()
        + (result.validated() == 1 ? " certificate" : " certificates")
        + ", instances "
        + Long.toUnsignedString(result.firstInstance())
        + "–"
        + Long.toUnsignedString(result.nextInstance() - 1);
  }
}
