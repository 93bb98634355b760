package io.f3console.app.cli;

import io.f3console.core.validation.Detail;
import io.f3console.core.validation.ValidationFailure;
import io.f3console.core.validation.ValidationResult;
import java.io.PrintWriter;

/** The text form of a validation's verdict, shared by the commands that validate. */
final class ValidationText {
  private ValidationText() {}

  /** VALID or INVALID with the failure and what it means, then the next instance and table. */
  static void printVerdict(PrintWriter out, ValidationResult result) {
    if (result.valid()) {
      out.println("VALID: " + describeRange(result));
    } else {
      printFailure(out, result.failure().orElseThrow());
      out.println("Valid before it: " + describeRange(result));
    }
    out.println("Next instance  " + Long.toUnsignedString(result.nextInstance())
        + ", validated by the power table with CID " + result.powerTable().cid());
  }

  /** INVALID with the failing instance, the check, its details and what it means. */
  static void printFailure(PrintWriter out, ValidationFailure failure) {
    out.println("INVALID: the certificate for instance "
        + Long.toUnsignedString(failure.instance()) + " fails " + failure.reason()
        + " at stage '" + failure.stage().title() + "'");
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
    return result.validated() + (result.validated() == 1 ? " certificate" : " certificates")
        + ", instances " + Long.toUnsignedString(result.firstInstance()) + "–"
        + Long.toUnsignedString(result.nextInstance() - 1) + ".";
  }
}
