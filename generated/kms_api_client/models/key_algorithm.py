from enum import StrEnum


class KeyAlgorithm(StrEnum):
    AES = "AES"
    ECDSA = "ECDSA"
    RSA = "RSA"

    def __str__(self) -> str:
        return str(self.value)
