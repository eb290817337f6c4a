from enum import Enum
from typing import Any, Literal, TypeAlias


class CreateCallLogUploadRedactFieldsItem(str, Enum):
    ACCOUNT_NUMBER = "account_number"
    AGE = "age"
    BANK_ACCOUNT = "bank_account"
    CREDIT_CARD = "credit_card"
    DATE = "date"
    DOB = "dob"
    DRIVER_LICENSE = "driver_license"
    EMAIL_ADDRESS = "email_address"
    EVENT = "event"
    FILENAME = "filename"
    GENDER_SEXUALITY = "gender_sexuality"
    HEALTHCARE_NUMBER = "healthcare_number"
    IP_ADDRESS = "ip_address"
    LOCATION = "location"
    MEDICAL_PROFESSIONAL = "medical_professional"
    MONEY = "money"
    NUMERICAL_PII = "numerical_pii"
    OCCUPATION = "occupation"
    ORIGIN = "origin"
    PASSPORT_NUMBER = "passport_number"
    PASSWORD = "password"
    PERSON_NAME = "person_name"
    PHONE_NUMBER = "phone_number"
    PHYSICAL_ATTRIBUTE = "physical_attribute"
    SSN = "ssn"
    TIME = "time"
    URL = "url"
    USERNAME = "username"
    VEHICLE_ID = "vehicle_id"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CreateCallLogUploadRedactFieldsItem | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """False for a value this client's spec does not list."""
        return self._value_ in type(self)._value2member_map_


CreateCallLogUploadRedactFieldsItemLiteral: TypeAlias = Literal[
    "account_number",
    "age",
    "bank_account",
    "credit_card",
    "date",
    "dob",
    "driver_license",
    "email_address",
    "event",
    "filename",
    "gender_sexuality",
    "healthcare_number",
    "ip_address",
    "location",
    "medical_professional",
    "money",
    "numerical_pii",
    "occupation",
    "origin",
    "passport_number",
    "password",
    "person_name",
    "phone_number",
    "physical_attribute",
    "ssn",
    "time",
    "url",
    "username",
    "vehicle_id",
]
"""`CreateCallLogUploadRedactFieldsItem`'s values as text: what a request parameter also takes."""
