from enum import StrEnum


class WrappingAlgorithm(StrEnum):
    RSA_OAEP_AES_SHA256 = "RSA_OAEP_AES_SHA256"
    RSA_OAEP_SHA256 = "RSA_OAEP_SHA256"

    def __str__(self) -> str:
        return str(self.value)
