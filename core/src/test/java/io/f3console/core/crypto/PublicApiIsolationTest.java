package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.crypto.bench.NativeFloor;
import io.f3console.core.crypto.internal.blst.BlstBackend;
import io.f3console.core.crypto.internal.blst.G1Point;
import io.f3console.core.crypto.internal.blst.G2Point;
import io.f3console.core.crypto.internal.nativeblst.FloorInput;
import io.f3console.core.crypto.internal.nativeblst.NativeBackend;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No jblst ({@code supranational.*}) or JNA ({@code com.sun.jna.*}) type appears in a public
 * signature of the crypto API or of the internal backends' entry points.
 */
class PublicApiIsolationTest {

  @ParameterizedTest
  @ValueSource(
      classes = {
        Bls.class,
        PublicKeyCheck.class,
        KeyStatus.class,
        BlsException.class,
        BlsSignatures.class,
        BdnCoefficients.class,
        BdnCommittee.class,
        G1Key.class,
        AggregateKey.class,
        MessagePoint.class,
        SignatureCheck.class,
        SignatureOutcome.class,
        SignatureVerifier.class,
        BlsSignature.class,
        InvalidPublicKeyException.class,
        NativeFloor.class,
        NativeFloor.Prepared.class,
        BlstBackend.class,
        BlstBackend.G1Decoding.class,
        BlstBackend.G1Decoded.class,
        BlstBackend.G2Decoded.class,
        G1Point.class,
        G2Point.class,
        NativeBackend.class,
        FloorInput.class
      })
  void publicSignaturesUseNoJblstOrJnaTypes(Class<?> type) {
    List<String> typeNames = new ArrayList<>();
    Stream.<Executable>concat(Stream.of(type.getMethods()), Stream.of(type.getConstructors()))
        .forEach(
            executable -> {
              for (Type parameter : executable.getGenericParameterTypes()) {
                typeNames.add(parameter.getTypeName());
              }
              for (Type thrown : executable.getGenericExceptionTypes()) {
                typeNames.add(thrown.getTypeName());
              }
              if (executable instanceof Method method) {
                typeNames.add(method.getGenericReturnType().getTypeName());
              }
            });
    for (Field field : type.getFields()) {
      typeNames.add(field.getGenericType().getTypeName());
    }

    assertThat(typeNames)
        .isNotEmpty()
        .noneMatch(name -> name.contains("supranational"))
        .noneMatch(name -> name.contains("com.sun.jna"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "blst.BlstLoader",
        "blst.BlstG1",
        "blst.BlstG2",
        "blst.BlstPairing",
        "blst.BlstMultiScalar",
        "nativeblst.NativeLibraryLoader",
        "nativeblst.BlstFunctions",
        "nativeblst.MsmWorkspace"
      })
  void nativeWrappersArePackagePrivate(String name) throws Exception {
    Class<?> type = Class.forName("io.f3console.core.crypto.internal." + name);

    assertThat(Modifier.isPublic(type.getModifiers())).isFalse();
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      assertThat(Modifier.isPublic(constructor.getModifiers())).isFalse();
    }
  }
}
