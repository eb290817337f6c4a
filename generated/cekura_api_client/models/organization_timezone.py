from enum import Enum
from typing import Any, Literal, TypeAlias


class OrganizationTimezone(str, Enum):
    AFRICAABIDJAN = "Africa/Abidjan"
    AFRICAACCRA = "Africa/Accra"
    AFRICAADDIS_ABABA = "Africa/Addis_Ababa"
    AFRICAALGIERS = "Africa/Algiers"
    AFRICAASMARA = "Africa/Asmara"
    AFRICABAMAKO = "Africa/Bamako"
    AFRICABANGUI = "Africa/Bangui"
    AFRICABANJUL = "Africa/Banjul"
    AFRICABISSAU = "Africa/Bissau"
    AFRICABLANTYRE = "Africa/Blantyre"
    AFRICABRAZZAVILLE = "Africa/Brazzaville"
    AFRICABUJUMBURA = "Africa/Bujumbura"
    AFRICACAIRO = "Africa/Cairo"
    AFRICACASABLANCA = "Africa/Casablanca"
    AFRICACEUTA = "Africa/Ceuta"
    AFRICACONAKRY = "Africa/Conakry"
    AFRICADAKAR = "Africa/Dakar"
    AFRICADAR_ES_SALAAM = "Africa/Dar_es_Salaam"
    AFRICADJIBOUTI = "Africa/Djibouti"
    AFRICADOUALA = "Africa/Douala"
    AFRICAEL_AAIUN = "Africa/El_Aaiun"
    AFRICAFREETOWN = "Africa/Freetown"
    AFRICAGABORONE = "Africa/Gaborone"
    AFRICAHARARE = "Africa/Harare"
    AFRICAJOHANNESBURG = "Africa/Johannesburg"
    AFRICAJUBA = "Africa/Juba"
    AFRICAKAMPALA = "Africa/Kampala"
    AFRICAKHARTOUM = "Africa/Khartoum"
    AFRICAKIGALI = "Africa/Kigali"
    AFRICAKINSHASA = "Africa/Kinshasa"
    AFRICALAGOS = "Africa/Lagos"
    AFRICALIBREVILLE = "Africa/Libreville"
    AFRICALOME = "Africa/Lome"
    AFRICALUANDA = "Africa/Luanda"
    AFRICALUBUMBASHI = "Africa/Lubumbashi"
    AFRICALUSAKA = "Africa/Lusaka"
    AFRICAMALABO = "Africa/Malabo"
    AFRICAMAPUTO = "Africa/Maputo"
    AFRICAMASERU = "Africa/Maseru"
    AFRICAMBABANE = "Africa/Mbabane"
    AFRICAMOGADISHU = "Africa/Mogadishu"
    AFRICAMONROVIA = "Africa/Monrovia"
    AFRICANAIROBI = "Africa/Nairobi"
    AFRICANDJAMENA = "Africa/Ndjamena"
    AFRICANIAMEY = "Africa/Niamey"
    AFRICANOUAKCHOTT = "Africa/Nouakchott"
    AFRICAOUAGADOUGOU = "Africa/Ouagadougou"
    AFRICAPORTO_NOVO = "Africa/Porto-Novo"
    AFRICASAO_TOME = "Africa/Sao_Tome"
    AFRICATRIPOLI = "Africa/Tripoli"
    AFRICATUNIS = "Africa/Tunis"
    AFRICAWINDHOEK = "Africa/Windhoek"
    AMERICAADAK = "America/Adak"
    AMERICAANCHORAGE = "America/Anchorage"
    AMERICACHICAGO = "America/Chicago"
    AMERICADENVER = "America/Denver"
    AMERICALOS_ANGELES = "America/Los_Angeles"
    AMERICANEW_YORK = "America/New_York"
    AMERICAPHOENIX = "America/Phoenix"
    AMERICASAO_PAULO = "America/Sao_Paulo"
    ASIADUBAI = "Asia/Dubai"
    ASIAHONG_KONG = "Asia/Hong_Kong"
    ASIAKOLKATA = "Asia/Kolkata"
    ASIASEOUL = "Asia/Seoul"
    ASIASHANGHAI = "Asia/Shanghai"
    ASIASINGAPORE = "Asia/Singapore"
    ASIATOKYO = "Asia/Tokyo"
    AUSTRALIAMELBOURNE = "Australia/Melbourne"
    AUSTRALIAPERTH = "Australia/Perth"
    AUSTRALIASYDNEY = "Australia/Sydney"
    EUROPEAMSTERDAM = "Europe/Amsterdam"
    EUROPEBERLIN = "Europe/Berlin"
    EUROPELONDON = "Europe/London"
    EUROPEMADRID = "Europe/Madrid"
    EUROPEMOSCOW = "Europe/Moscow"
    EUROPEPARIS = "Europe/Paris"
    EUROPEROME = "Europe/Rome"
    PACIFICAUCKLAND = "Pacific/Auckland"
    PACIFICHONOLULU = "Pacific/Honolulu"
    USCENTRAL = "US/Central"
    USEASTERN = "US/Eastern"
    USMOUNTAIN = "US/Mountain"
    USPACIFIC = "US/Pacific"
    UTC = "UTC"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "OrganizationTimezone | None":
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


OrganizationTimezoneLiteral: TypeAlias = Literal[
    "Africa/Abidjan",
    "Africa/Accra",
    "Africa/Addis_Ababa",
    "Africa/Algiers",
    "Africa/Asmara",
    "Africa/Bamako",
    "Africa/Bangui",
    "Africa/Banjul",
    "Africa/Bissau",
    "Africa/Blantyre",
    "Africa/Brazzaville",
    "Africa/Bujumbura",
    "Africa/Cairo",
    "Africa/Casablanca",
    "Africa/Ceuta",
    "Africa/Conakry",
    "Africa/Dakar",
    "Africa/Dar_es_Salaam",
    "Africa/Djibouti",
    "Africa/Douala",
    "Africa/El_Aaiun",
    "Africa/Freetown",
    "Africa/Gaborone",
    "Africa/Harare",
    "Africa/Johannesburg",
    "Africa/Juba",
    "Africa/Kampala",
    "Africa/Khartoum",
    "Africa/Kigali",
    "Africa/Kinshasa",
    "Africa/Lagos",
    "Africa/Libreville",
    "Africa/Lome",
    "Africa/Luanda",
    "Africa/Lubumbashi",
    "Africa/Lusaka",
    "Africa/Malabo",
    "Africa/Maputo",
    "Africa/Maseru",
    "Africa/Mbabane",
    "Africa/Mogadishu",
    "Africa/Monrovia",
    "Africa/Nairobi",
    "Africa/Ndjamena",
    "Africa/Niamey",
    "Africa/Nouakchott",
    "Africa/Ouagadougou",
    "Africa/Porto-Novo",
    "Africa/Sao_Tome",
    "Africa/Tripoli",
    "Africa/Tunis",
    "Africa/Windhoek",
    "America/Adak",
    "America/Anchorage",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/New_York",
    "America/Phoenix",
    "America/Sao_Paulo",
    "Asia/Dubai",
    "Asia/Hong_Kong",
    "Asia/Kolkata",
    "Asia/Seoul",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Melbourne",
    "Australia/Perth",
    "Australia/Sydney",
    "Europe/Amsterdam",
    "Europe/Berlin",
    "Europe/London",
    "Europe/Madrid",
    "Europe/Moscow",
    "Europe/Paris",
    "Europe/Rome",
    "Pacific/Auckland",
    "Pacific/Honolulu",
    "US/Central",
    "US/Eastern",
    "US/Mountain",
    "US/Pacific",
    "UTC",
]
"""`OrganizationTimezone`'s values as text: what a request parameter also takes."""
