"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_message_status import ActiveMessageStatus
    from .active_message_status_status import ActiveMessageStatusStatus
    from .agent_auto_fetch_error_response import AgentAutoFetchErrorResponse
    from .agent_auto_fetch_progress_error_response import AgentAutoFetchProgressErrorResponse
    from .agent_auto_fetch_progress_response import AgentAutoFetchProgressResponse
    from .agent_auto_fetch_progress_response_stages_item import AgentAutoFetchProgressResponseStagesItem
    from .agent_auto_fetch_progress_response_status import AgentAutoFetchProgressResponseStatus
    from .agent_auto_fetch_response import AgentAutoFetchResponse
    from .agent_credentials import AgentCredentials
    from .agent_dynamic_variable_read import AgentDynamicVariableRead
    from .agent_dynamic_variable_write import AgentDynamicVariableWrite
    from .agent_improvement_promote_request import AgentImprovementPromoteRequest
    from .agent_improvement_session import AgentImprovementSession
    from .agent_improvement_session_clone_state import AgentImprovementSessionCloneState
    from .agent_improvement_session_promotion_summary_type_0 import AgentImprovementSessionPromotionSummaryType0
    from .agent_improvement_session_proposal_summary_type_0 import AgentImprovementSessionProposalSummaryType0
    from .agent_improvement_session_slack_notification_status import AgentImprovementSessionSlackNotificationStatus
    from .agent_improvement_session_source import AgentImprovementSessionSource
    from .agent_improvement_session_stage_status_type_1 import AgentImprovementSessionStageStatusType1
    from .agent_improvement_session_stage_status_type_2_type_1 import AgentImprovementSessionStageStatusType2Type1
    from .agent_improvement_session_stage_status_type_3_type_1 import AgentImprovementSessionStageStatusType3Type1
    from .agent_improvement_session_stage_type_1 import AgentImprovementSessionStageType1
    from .agent_improvement_session_stage_type_2_type_1 import AgentImprovementSessionStageType2Type1
    from .agent_improvement_session_stage_type_3_type_1 import AgentImprovementSessionStageType3Type1
    from .agent_improvement_session_status import AgentImprovementSessionStatus
    from .agent_improvement_session_user_guidance_item import AgentImprovementSessionUserGuidanceItem
    from .agent_knowledge_base_file_write import AgentKnowledgeBaseFileWrite
    from .agent_mock_tool_read import AgentMockToolRead
    from .agent_mock_tool_served_via import AgentMockToolServedVia
    from .agent_mock_tool_served_via_type import AgentMockToolServedViaType
    from .agent_mock_tool_served_via_write import AgentMockToolServedViaWrite
    from .agent_mock_tool_served_via_write_type import AgentMockToolServedViaWriteType
    from .agent_mock_tool_write import AgentMockToolWrite
    from .agent_provider import AgentProvider
    from .agent_provider_redact_fields_type_0_item import AgentProviderRedactFieldsType0Item
    from .agent_provider_type import AgentProviderType
    from .agent_telephony import AgentTelephony
    from .agentforce import Agentforce
    from .ai_agent import AIAgent
    from .ai_agent_assistant_provider import AIAgentAssistantProvider
    from .ai_agent_configure_from_provider_response import AIAgentConfigureFromProviderResponse
    from .ai_agent_dynamic_variable import AIAgentDynamicVariable
    from .ai_agent_history import AIAgentHistory
    from .ai_agent_history_history_type import AIAgentHistoryHistoryType
    from .ai_agent_history_language import AIAgentHistoryLanguage
    from .ai_agent_language import AIAgentLanguage
    from .ai_agent_list import AIAgentList
    from .ai_agent_list_language import AIAgentListLanguage
    from .ai_agent_llm_model import AIAgentLlmModel
    from .ai_agent_restore_request import AIAgentRestoreRequest
    from .ai_agent_test_profile import AIAgentTestProfile
    from .ai_agent_test_profile_list import AIAgentTestProfileList
    from .ai_agent_transcript_provider import AIAgentTranscriptProvider
    from .ai_agent_v2 import AIAgentV2
    from .ai_agent_v2_language import AIAgentV2Language
    from .ai_agent_websocket_headers import AIAgentWebsocketHeaders
    from .aiagents_create_response_400 import AiagentsCreateResponse400
    from .aiagents_delete_knowledge_base_destroy_response_200 import AiagentsDeleteKnowledgeBaseDestroyResponse200
    from .aiagents_delete_knowledge_base_destroy_response_400 import AiagentsDeleteKnowledgeBaseDestroyResponse400
    from .aiagents_destroy_response_400 import AiagentsDestroyResponse400
    from .aiagents_disable_personalities_create_response_400 import AiagentsDisablePersonalitiesCreateResponse400
    from .aiagents_duplicate_create_response_400 import AiagentsDuplicateCreateResponse400
    from .aiagents_enable_personalities_create_response_400 import AiagentsEnablePersonalitiesCreateResponse400
    from .aiagents_knowledge_base_list_response_404 import AiagentsKnowledgeBaseListResponse404
    from .aiagents_partial_update_response_400 import AiagentsPartialUpdateResponse400
    from .aiagents_retrieve_response_404 import AiagentsRetrieveResponse404
    from .aiagents_tool_destroy_response_404 import AiagentsToolDestroyResponse404
    from .aiagents_update_response_400 import AiagentsUpdateResponse400
    from .aiagents_upload_knowledge_base_2_files_body import AiagentsUploadKnowledgeBase2FilesBody
    from .aiagents_upload_knowledge_base_2_json_body import AiagentsUploadKnowledgeBase2JsonBody
    from .aiagents_upload_knowledge_base_2_json_body_files_item import AiagentsUploadKnowledgeBase2JsonBodyFilesItem
    from .aiagents_upload_knowledge_base_2_response_400 import AiagentsUploadKnowledgeBase2Response400
    from .aiagents_upload_knowledge_base_files_body import AiagentsUploadKnowledgeBaseFilesBody
    from .aiagents_upload_knowledge_base_json_body import AiagentsUploadKnowledgeBaseJsonBody
    from .aiagents_upload_knowledge_base_json_body_files_item import AiagentsUploadKnowledgeBaseJsonBodyFilesItem
    from .aiagents_upload_knowledge_base_response_400 import AiagentsUploadKnowledgeBaseResponse400
    from .aiagents_v1_create_response_400 import AiagentsV1CreateResponse400
    from .aiagents_v1_delete_knowledge_base_destroy_response_200 import AiagentsV1DeleteKnowledgeBaseDestroyResponse200
    from .aiagents_v1_delete_knowledge_base_destroy_response_400 import AiagentsV1DeleteKnowledgeBaseDestroyResponse400
    from .aiagents_v1_destroy_response_400 import AiagentsV1DestroyResponse400
    from .aiagents_v1_duplicate_create_response_400 import AiagentsV1DuplicateCreateResponse400
    from .aiagents_v1_knowledge_base_list_response_404 import AiagentsV1KnowledgeBaseListResponse404
    from .aiagents_v1_list_response_404 import AiagentsV1ListResponse404
    from .aiagents_v1_partial_update_response_400 import AiagentsV1PartialUpdateResponse400
    from .aiagents_v1_retrieve_response_404 import AiagentsV1RetrieveResponse404
    from .aiagents_v1_update_response_400 import AiagentsV1UpdateResponse400
    from .alert_create import AlertCreate
    from .alert_create_preset import AlertCreatePreset
    from .alert_create_source_type import AlertCreateSourceType
    from .alert_detail import AlertDetail
    from .alert_detail_source_object_details import AlertDetailSourceObjectDetails
    from .alert_detail_source_type import AlertDetailSourceType
    from .alert_list import AlertList
    from .alert_list_source_type import AlertListSourceType
    from .alert_update import AlertUpdate
    from .alert_update_preset import AlertUpdatePreset
    from .alerts_list_source_type import AlertsListSourceType
    from .amazon_connect_chat_config import AmazonConnectChatConfig
    from .amazon_connect_config import AmazonConnectConfig
    from .api_chat_finish import ApiChatFinish
    from .api_chat_finish_response import ApiChatFinishResponse
    from .api_chat_turn import ApiChatTurn
    from .api_chat_turn_data import ApiChatTurnData
    from .api_chat_turn_metadata import ApiChatTurnMetadata
    from .api_chat_turn_poll_response import ApiChatTurnPollResponse
    from .api_chat_turn_role import ApiChatTurnRole
    from .api_chat_turn_submit_response import ApiChatTurnSubmitResponse
    from .ask_about_failures_reports_request import AskAboutFailuresReportsRequest
    from .ask_about_failures_request import AskAboutFailuresRequest
    from .audit_log import AuditLog
    from .audit_log_action_type_type_1 import AuditLogActionTypeType1
    from .audit_log_action_type_type_2_type_1 import AuditLogActionTypeType2Type1
    from .audit_log_action_type_type_3_type_1 import AuditLogActionTypeType3Type1
    from .audit_log_operation_type_type_1 import AuditLogOperationTypeType1
    from .audit_log_operation_type_type_2_type_1 import AuditLogOperationTypeType2Type1
    from .audit_log_operation_type_type_3_type_1 import AuditLogOperationTypeType3Type1
    from .auto_fetch_error_response import AutoFetchErrorResponse
    from .auto_fetch_progress_error_response import AutoFetchProgressErrorResponse
    from .auto_fetch_progress_response import AutoFetchProgressResponse
    from .auto_fetch_progress_response_status import AutoFetchProgressResponseStatus
    from .auto_fetch_tools_request import AutoFetchToolsRequest
    from .auto_fetch_tools_request_mcp_server_headers import AutoFetchToolsRequestMcpServerHeaders
    from .auto_fetch_tools_request_provider import AutoFetchToolsRequestProvider
    from .auto_fetch_tools_response import AutoFetchToolsResponse
    from .billing import Billing
    from .billing_info import BillingInfo
    from .billing_type import BillingType
    from .bland_chat_config import BlandChatConfig
    from .bland_config import BlandConfig
    from .bulk_agent_assignment import BulkAgentAssignment
    from .bulk_agent_assignment_mode import BulkAgentAssignmentMode
    from .bulk_agent_assignment_response import BulkAgentAssignmentResponse
    from .bulk_delete_results_2_response_400 import BulkDeleteResults2Response400
    from .bulk_delete_results_3_response_400 import BulkDeleteResults3Response400
    from .bulk_delete_results_response_400 import BulkDeleteResultsResponse400
    from .bulk_evaluate_result_metrics_2_response_400 import BulkEvaluateResultMetrics2Response400
    from .bulk_evaluate_result_metrics_3_response_400 import BulkEvaluateResultMetrics3Response400
    from .bulk_evaluate_result_metrics_response_400 import BulkEvaluateResultMetricsResponse400
    from .bulk_import_plivo_number import BulkImportPlivoNumber
    from .bulk_import_plivo_number_phone_numbers_item import BulkImportPlivoNumberPhoneNumbersItem
    from .bulk_import_plivo_response import BulkImportPlivoResponse
    from .bulk_import_plivo_response_summary import BulkImportPlivoResponseSummary
    from .bulk_import_response import BulkImportResponse
    from .bulk_import_response_summary import BulkImportResponseSummary
    from .bulk_import_telnyx_number import BulkImportTelnyxNumber
    from .bulk_import_telnyx_number_phone_numbers_item import BulkImportTelnyxNumberPhoneNumbersItem
    from .bulk_import_telnyx_response import BulkImportTelnyxResponse
    from .bulk_import_telnyx_response_summary import BulkImportTelnyxResponseSummary
    from .bulk_import_twilio_number import BulkImportTwilioNumber
    from .bulk_import_twilio_number_phone_numbers_item import BulkImportTwilioNumberPhoneNumbersItem
    from .bulk_widget_data_request import BulkWidgetDataRequest
    from .bulk_widget_data_request_filters import BulkWidgetDataRequestFilters
    from .bulk_widget_data_request_filters_op import BulkWidgetDataRequestFiltersOp
    from .bulk_widget_data_request_filters_operator import BulkWidgetDataRequestFiltersOperator
    from .bulk_widget_operation_request import BulkWidgetOperationRequest
    from .bulk_widget_operation_request_create_item import BulkWidgetOperationRequestCreateItem
    from .bulk_widget_operation_request_update_item import BulkWidgetOperationRequestUpdateItem
    from .bulk_widget_operation_response import BulkWidgetOperationResponse
    from .bulk_widget_operation_response_errors_item import BulkWidgetOperationResponseErrorsItem
    from .call_log_critical_categories import CallLogCriticalCategories
    from .call_log_critical_categories_priority import CallLogCriticalCategoriesPriority
    from .call_log_detail import CallLogDetail
    from .call_log_detail_dynamic_variables import CallLogDetailDynamicVariables
    from .call_log_detail_metadata import CallLogDetailMetadata
    from .call_log_detail_status import CallLogDetailStatus
    from .call_log_list import CallLogList
    from .call_log_list_serializer_metrics import CallLogListSerializerMetrics
    from .call_log_list_serializer_metrics_with_explanation import CallLogListSerializerMetricsWithExplanation
    from .call_log_list_serializer_metrics_with_explanation_extra import (
        CallLogListSerializerMetricsWithExplanationExtra,
    )
    from .call_log_list_status import CallLogListStatus
    from .call_log_trace_response import CallLogTraceResponse
    from .call_log_transcript_object import CallLogTranscriptObject
    from .call_logs_bulk_delete_2_response_400 import CallLogsBulkDelete2Response400
    from .call_logs_bulk_delete_3_response_400 import CallLogsBulkDelete3Response400
    from .call_logs_bulk_delete_response_400 import CallLogsBulkDeleteResponse400
    from .call_logs_create_scenarios_2_response_200 import CallLogsCreateScenarios2Response200
    from .call_logs_create_scenarios_2_response_400 import CallLogsCreateScenarios2Response400
    from .call_logs_create_scenarios_2_response_403 import CallLogsCreateScenarios2Response403
    from .call_logs_create_scenarios_3_response_200 import CallLogsCreateScenarios3Response200
    from .call_logs_create_scenarios_3_response_400 import CallLogsCreateScenarios3Response400
    from .call_logs_create_scenarios_3_response_403 import CallLogsCreateScenarios3Response403
    from .call_logs_create_scenarios_progress_2_response_400 import CallLogsCreateScenariosProgress2Response400
    from .call_logs_create_scenarios_progress_3_response_400 import CallLogsCreateScenariosProgress3Response400
    from .call_logs_create_scenarios_progress_response_400 import CallLogsCreateScenariosProgressResponse400
    from .call_logs_create_scenarios_response_200 import CallLogsCreateScenariosResponse200
    from .call_logs_create_scenarios_response_400 import CallLogsCreateScenariosResponse400
    from .call_logs_create_scenarios_response_403 import CallLogsCreateScenariosResponse403
    from .call_logs_destroy_response_404 import CallLogsDestroyResponse404
    from .call_logs_evaluate_metrics_create_response_400 import CallLogsEvaluateMetricsCreateResponse400
    from .call_logs_external_destroy_response_404 import CallLogsExternalDestroyResponse404
    from .call_logs_external_evaluate_metrics_create_response_400 import (
        CallLogsExternalEvaluateMetricsCreateResponse400,
    )
    from .call_logs_external_mark_metric_vote_create_response_400 import CallLogsExternalMarkMetricVoteCreateResponse400
    from .call_logs_external_mark_metric_vote_create_response_404 import CallLogsExternalMarkMetricVoteCreateResponse404
    from .call_logs_external_rerun_evaluation_create_response_400 import (
        CallLogsExternalRerunEvaluationCreateResponse400,
    )
    from .call_logs_external_retrieve_response_404 import CallLogsExternalRetrieveResponse404
    from .call_logs_mark_metric_vote_create_response_400 import CallLogsMarkMetricVoteCreateResponse400
    from .call_logs_mark_metric_vote_create_response_404 import CallLogsMarkMetricVoteCreateResponse404
    from .call_logs_rerun_evaluation_create_response_400 import CallLogsRerunEvaluationCreateResponse400
    from .call_logs_retrieve_response_404 import CallLogsRetrieveResponse404
    from .chat_agent_details import ChatAgentDetails
    from .chat_agent_details_type import ChatAgentDetailsType
    from .checkout_token_request import CheckoutTokenRequest
    from .clean_metric_description_request import CleanMetricDescriptionRequest
    from .clean_metric_description_request_eval_type import CleanMetricDescriptionRequestEvalType
    from .condition import Condition
    from .condition_audio_entry import ConditionAudioEntry
    from .condition_type import ConditionType
    from .conditional_actions import ConditionalActions
    from .conversation_context_item import ConversationContextItem
    from .conversation_context_item_role import ConversationContextItemRole
    from .conversation_status import ConversationStatus
    from .create_call_log import CreateCallLog
    from .create_call_log_redact_fields_item import CreateCallLogRedactFieldsItem
    from .create_call_log_transcript_type import CreateCallLogTranscriptType
    from .create_call_log_upload import CreateCallLogUpload
    from .create_call_log_upload_redact_fields_item import CreateCallLogUploadRedactFieldsItem
    from .create_call_log_upload_transcript_type import CreateCallLogUploadTranscriptType
    from .create_from_runs_request import CreateFromRunsRequest
    from .create_personality import CreatePersonality
    from .create_personality_language import CreatePersonalityLanguage
    from .create_personality_provider import CreatePersonalityProvider
    from .create_shareable_link_token_2_response_400 import CreateShareableLinkToken2Response400
    from .create_shareable_link_token_3_response_400 import CreateShareableLinkToken3Response400
    from .create_shareable_link_token_response_400 import CreateShareableLinkTokenResponse400
    from .critical_metric_category import CriticalMetricCategory
    from .critical_metric_category_priority import CriticalMetricCategoryPriority
    from .critical_metric_scenario import CriticalMetricScenario
    from .critical_metric_scenario_priority import CriticalMetricScenarioPriority
    from .critical_metric_scenarios_external_partial_update_response_400 import (
        CriticalMetricScenariosExternalPartialUpdateResponse400,
    )
    from .critical_metric_scenarios_external_retrieve_response_404 import (
        CriticalMetricScenariosExternalRetrieveResponse404,
    )
    from .critical_metric_scenarios_partial_update_response_400 import CriticalMetricScenariosPartialUpdateResponse400
    from .critical_metric_scenarios_retrieve_response_404 import CriticalMetricScenariosRetrieveResponse404
    from .cron_job import CronJob
    from .cron_job_created_via_type_1 import CronJobCreatedViaType1
    from .cron_job_created_via_type_2_type_1 import CronJobCreatedViaType2Type1
    from .cron_job_created_via_type_3_type_1 import CronJobCreatedViaType3Type1
    from .cron_job_execution_mode import CronJobExecutionMode
    from .cron_job_notify_on import CronJobNotifyOn
    from .custom_token_obtain_pair import CustomTokenObtainPair
    from .dashboard import Dashboard
    from .dashboard_filters_type_0 import DashboardFiltersType0
    from .dashboard_filters_type_0_op import DashboardFiltersType0Op
    from .dashboard_filters_type_0_operator import DashboardFiltersType0Operator
    from .dashboard_list import DashboardList
    from .dashboard_list_filters_type_0 import DashboardListFiltersType0
    from .dashboard_list_filters_type_0_op import DashboardListFiltersType0Op
    from .dashboard_list_filters_type_0_operator import DashboardListFiltersType0Operator
    from .deep_research_insight import DeepResearchInsight
    from .deep_research_insight_generate import DeepResearchInsightGenerate
    from .deep_research_insight_status import DeepResearchInsightStatus
    from .deep_research_mode_dismissal_create import DeepResearchModeDismissalCreate
    from .delete_call_logs import DeleteCallLogs
    from .delete_folder_request import DeleteFolderRequest
    from .delete_runs_2_response_400 import DeleteRuns2Response400
    from .delete_runs_2_response_404 import DeleteRuns2Response404
    from .delete_runs_3_response_400 import DeleteRuns3Response400
    from .delete_runs_3_response_404 import DeleteRuns3Response404
    from .delete_runs_response_400 import DeleteRunsResponse400
    from .delete_runs_response_404 import DeleteRunsResponse404
    from .disable_personalities_request import DisablePersonalitiesRequest
    from .disable_personalities_response import DisablePersonalitiesResponse
    from .discord_server import DiscordServer
    from .duplicate_dashboard_request import DuplicateDashboardRequest
    from .duplicate_scenarios_request import DuplicateScenariosRequest
    from .eleven_labs import ElevenLabs
    from .eleven_labs_elevenlabs_region import ElevenLabsElevenlabsRegion
    from .enable_disable_personalities import EnableDisablePersonalities
    from .enable_personalities_request import EnablePersonalitiesRequest
    from .end_call_2_response_404 import EndCall2Response404
    from .end_call_3_response_404 import EndCall3Response404
    from .end_call_response_404 import EndCallResponse404
    from .end_calls_2_response_404 import EndCalls2Response404
    from .end_calls_3_response_404 import EndCalls3Response404
    from .end_calls_response_404 import EndCallsResponse404
    from .evaluate_llm_judge_metric_request import EvaluateLlmJudgeMetricRequest
    from .evaluate_llm_judge_metric_response import EvaluateLlmJudgeMetricResponse
    from .evaluate_metrics import EvaluateMetrics
    from .evaluation import Evaluation
    from .expected_outcome import ExpectedOutcome
    from .export_scenarios_2_export_type import ExportScenarios2ExportType
    from .export_scenarios_2_response_400 import ExportScenarios2Response400
    from .export_scenarios_2_response_404 import ExportScenarios2Response404
    from .export_scenarios_3_export_type import ExportScenarios3ExportType
    from .export_scenarios_3_response_400 import ExportScenarios3Response400
    from .export_scenarios_3_response_404 import ExportScenarios3Response404
    from .export_scenarios_export_type import ExportScenariosExportType
    from .export_scenarios_response_400 import ExportScenariosResponse400
    from .export_scenarios_response_404 import ExportScenariosResponse404
    from .failure_category_calls_response import FailureCategoryCallsResponse
    from .fork_personality import ForkPersonality
    from .generate_clarify_answer import GenerateClarifyAnswer
    from .generate_clean_description_bg_response import GenerateCleanDescriptionBgResponse
    from .generate_clean_description_progress_response import GenerateCleanDescriptionProgressResponse
    from .genesys import Genesys
    from .import_plivo_number import ImportPlivoNumber
    from .import_telnyx_number import ImportTelnyxNumber
    from .import_twilio_number import ImportTwilioNumber
    from .improve_instructions_response import ImproveInstructionsResponse
    from .insight_metric_config import InsightMetricConfig
    from .insight_reproduction_request import InsightReproductionRequest
    from .insight_reproduction_session import InsightReproductionSession
    from .insight_reproduction_session_status import InsightReproductionSessionStatus
    from .invite import Invite
    from .invite_invite_type import InviteInviteType
    from .invite_role import InviteRole
    from .invite_status import InviteStatus
    from .knowledge_base_connector import KnowledgeBaseConnector
    from .knowledge_base_connector_connector_type import KnowledgeBaseConnectorConnectorType
    from .knowledge_base_connector_list import KnowledgeBaseConnectorList
    from .knowledge_base_connector_list_connector_type import KnowledgeBaseConnectorListConnectorType
    from .knowledge_base_file import KnowledgeBaseFile
    from .kore_ai import KoreAi
    from .live_kit import LiveKit
    from .livekit_run_data_override import LivekitRunDataOverride
    from .livekit_scenario import LivekitScenario
    from .mark_metric_vote import MarkMetricVote
    from .mark_metric_vote_call_log_response import MarkMetricVoteCallLogResponse
    from .mark_metric_vote_run_response import MarkMetricVoteRunResponse
    from .membership_inline import MembershipInline
    from .membership_inline_role import MembershipInlineRole
    from .metric_basic_list import MetricBasicList
    from .metric_basic_list_alert_type import MetricBasicListAlertType
    from .metric_basic_list_eval_type import MetricBasicListEvalType
    from .metric_detail_serializer_v2 import MetricDetailSerializerV2
    from .metric_detail_serializer_v2_alert_type import MetricDetailSerializerV2AlertType
    from .metric_detail_serializer_v2_eval_type import MetricDetailSerializerV2EvalType
    from .metric_detail_serializer_v2_evaluation_trigger import MetricDetailSerializerV2EvaluationTrigger
    from .metric_detail_serializer_v2_significant_change_alert_direction import (
        MetricDetailSerializerV2SignificantChangeAlertDirection,
    )
    from .metric_detail_serializer_v2_significant_change_alert_status import (
        MetricDetailSerializerV2SignificantChangeAlertStatus,
    )
    from .metric_detail_serializer_v2_trigger_type import MetricDetailSerializerV2TriggerType
    from .metric_detail_serializer_v2_type import MetricDetailSerializerV2Type
    from .metric_detail_v2 import MetricDetailV2
    from .metric_detail_v2_alert_type import MetricDetailV2AlertType
    from .metric_detail_v2_eval_type import MetricDetailV2EvalType
    from .metric_detail_v2_evaluation_trigger import MetricDetailV2EvaluationTrigger
    from .metric_detail_v2_significant_change_alert_direction import MetricDetailV2SignificantChangeAlertDirection
    from .metric_detail_v2_significant_change_alert_status import MetricDetailV2SignificantChangeAlertStatus
    from .metric_detail_v2_trigger_type import MetricDetailV2TriggerType
    from .metric_detail_v2_type import MetricDetailV2Type
    from .metric_edit_serializer_v2 import MetricEditSerializerV2
    from .metric_edit_serializer_v2_alert_type import MetricEditSerializerV2AlertType
    from .metric_edit_serializer_v2_eval_type import MetricEditSerializerV2EvalType
    from .metric_edit_serializer_v2_evaluation_trigger import MetricEditSerializerV2EvaluationTrigger
    from .metric_edit_serializer_v2_llm_provider import MetricEditSerializerV2LlmProvider
    from .metric_edit_serializer_v2_relevance_llm_provider import MetricEditSerializerV2RelevanceLlmProvider
    from .metric_edit_serializer_v2_significant_change_alert_direction import (
        MetricEditSerializerV2SignificantChangeAlertDirection,
    )
    from .metric_edit_serializer_v2_significant_change_alert_status import (
        MetricEditSerializerV2SignificantChangeAlertStatus,
    )
    from .metric_edit_serializer_v2_trigger_type import MetricEditSerializerV2TriggerType
    from .metric_edit_serializer_v2_type import MetricEditSerializerV2Type
    from .metric_failure_mode_fix_metric import MetricFailureModeFixMetric
    from .metric_failure_mode_insight import MetricFailureModeInsight
    from .metric_failure_mode_insight_bulk_generate import MetricFailureModeInsightBulkGenerate
    from .metric_failure_mode_insight_generate import MetricFailureModeInsightGenerate
    from .metric_failure_mode_insight_generate_scenario import MetricFailureModeInsightGenerateScenario
    from .metric_failure_mode_insight_status import MetricFailureModeInsightStatus
    from .metric_history import MetricHistory
    from .metric_history_alert_type import MetricHistoryAlertType
    from .metric_history_eval_type import MetricHistoryEvalType
    from .metric_history_evaluation_trigger import MetricHistoryEvaluationTrigger
    from .metric_history_history_type import MetricHistoryHistoryType
    from .metric_history_llm_provider import MetricHistoryLlmProvider
    from .metric_history_relevance_llm_provider import MetricHistoryRelevanceLlmProvider
    from .metric_history_significant_change_alert_direction import MetricHistorySignificantChangeAlertDirection
    from .metric_history_significant_change_alert_status import MetricHistorySignificantChangeAlertStatus
    from .metric_history_trigger_type import MetricHistoryTriggerType
    from .metric_history_type import MetricHistoryType
    from .metric_list import MetricList
    from .metric_list_alert_type import MetricListAlertType
    from .metric_list_eval_type import MetricListEvalType
    from .metric_list_evaluation_trigger import MetricListEvaluationTrigger
    from .metric_list_serializer_v2 import MetricListSerializerV2
    from .metric_list_serializer_v2_alert_type import MetricListSerializerV2AlertType
    from .metric_list_serializer_v2_eval_type import MetricListSerializerV2EvalType
    from .metric_list_serializer_v2_evaluation_trigger import MetricListSerializerV2EvaluationTrigger
    from .metric_list_serializer_v2_significant_change_alert_direction import (
        MetricListSerializerV2SignificantChangeAlertDirection,
    )
    from .metric_list_serializer_v2_significant_change_alert_status import (
        MetricListSerializerV2SignificantChangeAlertStatus,
    )
    from .metric_list_serializer_v2_trigger_type import MetricListSerializerV2TriggerType
    from .metric_list_serializer_v2_type import MetricListSerializerV2Type
    from .metric_list_significant_change_alert_direction import MetricListSignificantChangeAlertDirection
    from .metric_list_significant_change_alert_status import MetricListSignificantChangeAlertStatus
    from .metric_list_trigger_type import MetricListTriggerType
    from .metric_list_type import MetricListType
    from .metric_optimiser_cron_job import MetricOptimiserCronJob
    from .metric_optimiser_cron_job_created_via_type_1 import MetricOptimiserCronJobCreatedViaType1
    from .metric_optimiser_cron_job_created_via_type_2_type_1 import MetricOptimiserCronJobCreatedViaType2Type1
    from .metric_optimiser_cron_job_created_via_type_3_type_1 import MetricOptimiserCronJobCreatedViaType3Type1
    from .metric_optimiser_cron_job_notify_on import MetricOptimiserCronJobNotifyOn
    from .metric_optimizer_chat_session import MetricOptimizerChatSession
    from .metric_optimizer_chat_session_status import MetricOptimizerChatSessionStatus
    from .metric_preview import MetricPreview
    from .metric_preview_data import MetricPreviewData
    from .metric_preview_data_eval_type import MetricPreviewDataEvalType
    from .metric_preview_data_evaluation_trigger import MetricPreviewDataEvaluationTrigger
    from .metric_preview_data_trigger_type import MetricPreviewDataTriggerType
    from .metric_preview_data_type import MetricPreviewDataType
    from .metric_reorder_response import MetricReorderResponse
    from .metric_restore_request import MetricRestoreRequest
    from .metric_review_detail import MetricReviewDetail
    from .metric_review_inline import MetricReviewInline
    from .metric_rolling_stats import MetricRollingStats
    from .metric_rolling_stats_patch import MetricRollingStatsPatch
    from .metric_with_feedback import MetricWithFeedback
    from .metrics_bulk_create_2_response_400 import MetricsBulkCreate2Response400
    from .metrics_bulk_create_3_response_400 import MetricsBulkCreate3Response400
    from .metrics_bulk_create_response_400 import MetricsBulkCreateResponse400
    from .metrics_create_response_400 import MetricsCreateResponse400
    from .metrics_destroy_response_404 import MetricsDestroyResponse404
    from .metrics_generate_2_response_400 import MetricsGenerate2Response400
    from .metrics_generate_3_response_400 import MetricsGenerate3Response400
    from .metrics_generate_response_400 import MetricsGenerateResponse400
    from .metrics_partial_update_response_400 import MetricsPartialUpdateResponse400
    from .metrics_partial_update_response_404 import MetricsPartialUpdateResponse404
    from .metrics_retrieve_response_404 import MetricsRetrieveResponse404
    from .metrics_update_response_400 import MetricsUpdateResponse400
    from .metrics_v1_create_response_400 import MetricsV1CreateResponse400
    from .metrics_v1_destroy_response_404 import MetricsV1DestroyResponse404
    from .metrics_v1_external_create_response_400 import MetricsV1ExternalCreateResponse400
    from .metrics_v1_external_destroy_response_404 import MetricsV1ExternalDestroyResponse404
    from .metrics_v1_external_partial_update_response_400 import MetricsV1ExternalPartialUpdateResponse400
    from .metrics_v1_external_retrieve_response_404 import MetricsV1ExternalRetrieveResponse404
    from .metrics_v1_external_update_response_400 import MetricsV1ExternalUpdateResponse400
    from .metrics_v1_partial_update_response_400 import MetricsV1PartialUpdateResponse400
    from .metrics_v1_retrieve_response_404 import MetricsV1RetrieveResponse404
    from .metrics_v1_update_response_400 import MetricsV1UpdateResponse400
    from .mock_status_mcp_endpoint import MockStatusMCPEndpoint
    from .mock_status_response import MockStatusResponse
    from .mock_status_tool_endpoint import MockStatusToolEndpoint
    from .move_folder_request import MoveFolderRequest
    from .notification import Notification
    from .notification_severity import NotificationSeverity
    from .observability_v2_call_logs_destroy_response_404 import ObservabilityV2CallLogsDestroyResponse404
    from .observability_v2_call_logs_evaluate_metrics_create_response_400 import (
        ObservabilityV2CallLogsEvaluateMetricsCreateResponse400,
    )
    from .observability_v2_call_logs_mark_metric_vote_create_response_400 import (
        ObservabilityV2CallLogsMarkMetricVoteCreateResponse400,
    )
    from .observability_v2_call_logs_mark_metric_vote_create_response_404 import (
        ObservabilityV2CallLogsMarkMetricVoteCreateResponse404,
    )
    from .observability_v2_call_logs_partial_update_2_response_400 import (
        ObservabilityV2CallLogsPartialUpdate2Response400,
    )
    from .observability_v2_call_logs_partial_update_2_response_404 import (
        ObservabilityV2CallLogsPartialUpdate2Response404,
    )
    from .observability_v2_call_logs_partial_update_3_response_400 import (
        ObservabilityV2CallLogsPartialUpdate3Response400,
    )
    from .observability_v2_call_logs_partial_update_3_response_404 import (
        ObservabilityV2CallLogsPartialUpdate3Response404,
    )
    from .observability_v2_call_logs_partial_update_response_400 import ObservabilityV2CallLogsPartialUpdateResponse400
    from .observability_v2_call_logs_partial_update_response_404 import ObservabilityV2CallLogsPartialUpdateResponse404
    from .observability_v2_call_logs_rerun_evaluation_create_response_400 import (
        ObservabilityV2CallLogsRerunEvaluationCreateResponse400,
    )
    from .observability_v2_call_logs_retrieve_response_404 import ObservabilityV2CallLogsRetrieveResponse404
    from .observe_create_response_400 import ObserveCreateResponse400
    from .open_pr_request import OpenPRRequest
    from .optimizer_chat_message_request import OptimizerChatMessageRequest
    from .optimizer_chat_regression_review_item import OptimizerChatRegressionReviewItem
    from .optimizer_chat_regression_review_item_source_type import OptimizerChatRegressionReviewItemSourceType
    from .optimizer_chat_reoptimize_request import OptimizerChatReoptimizeRequest
    from .optimizer_chat_start_request import OptimizerChatStartRequest
    from .organization import Organization
    from .organization_cronjob_low_balance_mute_days import OrganizationCronjobLowBalanceMuteDays
    from .organization_inline import OrganizationInline
    from .organization_onboarding_flow import OrganizationOnboardingFlow
    from .organization_team_size import OrganizationTeamSize
    from .organization_timezone import OrganizationTimezone
    from .outcome_alignment import OutcomeAlignment
    from .overall_evaluation import OverallEvaluation
    from .pack import Pack
    from .pack_access_request import PackAccessRequest
    from .pack_access_request_status import PackAccessRequestStatus
    from .pack_billing_type import PackBillingType
    from .pack_inline import PackInline
    from .pack_inline_billing_type import PackInlineBillingType
    from .pack_inline_interval import PackInlineInterval
    from .pack_interval import PackInterval
    from .paginated_ai_agent_history_list import PaginatedAIAgentHistoryList
    from .paginated_ai_agent_list import PaginatedAIAgentList
    from .paginated_ai_agent_list_list import PaginatedAIAgentListList
    from .paginated_ai_agent_v2_list import PaginatedAIAgentV2List
    from .paginated_audit_log_list import PaginatedAuditLogList
    from .paginated_call_log_list_list import PaginatedCallLogListList
    from .paginated_condition_audio_entry_list import PaginatedConditionAudioEntryList
    from .paginated_critical_metric_category_list import PaginatedCriticalMetricCategoryList
    from .paginated_critical_metric_scenario_list import PaginatedCriticalMetricScenarioList
    from .paginated_dashboard_list_list import PaginatedDashboardListList
    from .paginated_knowledge_base_file_list import PaginatedKnowledgeBaseFileList
    from .paginated_metric_history_list import PaginatedMetricHistoryList
    from .paginated_metric_rolling_stats_list import PaginatedMetricRollingStatsList
    from .paginated_notification_list import PaginatedNotificationList
    from .paginated_organization_list import PaginatedOrganizationList
    from .paginated_personality_list import PaginatedPersonalityList
    from .paginated_result_list import PaginatedResultList
    from .paginated_run_list_list import PaginatedRunListList
    from .paginated_scenario_folder_list import PaginatedScenarioFolderList
    from .paginated_scenario_history_list import PaginatedScenarioHistoryList
    from .paginated_scenario_list import PaginatedScenarioList
    from .paginated_scenario_list_list import PaginatedScenarioListList
    from .paginated_tool_list import PaginatedToolList
    from .paginated_user_configuration_list import PaginatedUserConfigurationList
    from .paginated_view_list import PaginatedViewList
    from .paginated_widget_data_response_list import PaginatedWidgetDataResponseList
    from .paginated_widget_list import PaginatedWidgetList
    from .patched_ai_agent_dynamic_variable import PatchedAIAgentDynamicVariable
    from .patched_ai_agent_edit_history_request import PatchedAIAgentEditHistoryRequest
    from .patched_alert_update import PatchedAlertUpdate
    from .patched_alert_update_preset import PatchedAlertUpdatePreset
    from .patched_create_personality import PatchedCreatePersonality
    from .patched_create_personality_language import PatchedCreatePersonalityLanguage
    from .patched_create_personality_provider import PatchedCreatePersonalityProvider
    from .patched_critical_metric_category import PatchedCriticalMetricCategory
    from .patched_critical_metric_category_priority import PatchedCriticalMetricCategoryPriority
    from .patched_dashboard import PatchedDashboard
    from .patched_dashboard_filters_type_0 import PatchedDashboardFiltersType0
    from .patched_dashboard_filters_type_0_op import PatchedDashboardFiltersType0Op
    from .patched_dashboard_filters_type_0_operator import PatchedDashboardFiltersType0Operator
    from .patched_discord_server import PatchedDiscordServer
    from .patched_invite import PatchedInvite
    from .patched_invite_invite_type import PatchedInviteInviteType
    from .patched_invite_role import PatchedInviteRole
    from .patched_invite_status import PatchedInviteStatus
    from .patched_knowledge_base_connector import PatchedKnowledgeBaseConnector
    from .patched_knowledge_base_connector_connector_type import PatchedKnowledgeBaseConnectorConnectorType
    from .patched_metric_edit_history_request import PatchedMetricEditHistoryRequest
    from .patched_metric_edit_serializer_v2 import PatchedMetricEditSerializerV2
    from .patched_metric_edit_serializer_v2_alert_type import PatchedMetricEditSerializerV2AlertType
    from .patched_metric_edit_serializer_v2_eval_type import PatchedMetricEditSerializerV2EvalType
    from .patched_metric_edit_serializer_v2_evaluation_trigger import PatchedMetricEditSerializerV2EvaluationTrigger
    from .patched_metric_edit_serializer_v2_llm_provider import PatchedMetricEditSerializerV2LlmProvider
    from .patched_metric_edit_serializer_v2_relevance_llm_provider import (
        PatchedMetricEditSerializerV2RelevanceLlmProvider,
    )
    from .patched_metric_edit_serializer_v2_significant_change_alert_direction import (
        PatchedMetricEditSerializerV2SignificantChangeAlertDirection,
    )
    from .patched_metric_edit_serializer_v2_significant_change_alert_status import (
        PatchedMetricEditSerializerV2SignificantChangeAlertStatus,
    )
    from .patched_metric_edit_serializer_v2_trigger_type import PatchedMetricEditSerializerV2TriggerType
    from .patched_metric_edit_serializer_v2_type import PatchedMetricEditSerializerV2Type
    from .patched_metric_optimiser_cron_job import PatchedMetricOptimiserCronJob
    from .patched_metric_optimiser_cron_job_created_via_type_1 import PatchedMetricOptimiserCronJobCreatedViaType1
    from .patched_metric_optimiser_cron_job_created_via_type_2_type_1 import (
        PatchedMetricOptimiserCronJobCreatedViaType2Type1,
    )
    from .patched_metric_optimiser_cron_job_created_via_type_3_type_1 import (
        PatchedMetricOptimiserCronJobCreatedViaType3Type1,
    )
    from .patched_metric_optimiser_cron_job_notify_on import PatchedMetricOptimiserCronJobNotifyOn
    from .patched_metric_reorder_request import PatchedMetricReorderRequest
    from .patched_metric_review_inline import PatchedMetricReviewInline
    from .patched_metric_rolling_stats_patch import PatchedMetricRollingStatsPatch
    from .patched_organization import PatchedOrganization
    from .patched_organization_cronjob_low_balance_mute_days import PatchedOrganizationCronjobLowBalanceMuteDays
    from .patched_organization_onboarding_flow import PatchedOrganizationOnboardingFlow
    from .patched_organization_team_size import PatchedOrganizationTeamSize
    from .patched_organization_timezone import PatchedOrganizationTimezone
    from .patched_overall_evaluation import PatchedOverallEvaluation
    from .patched_predefined_metric import PatchedPredefinedMetric
    from .patched_predefined_metric_category_type_1 import PatchedPredefinedMetricCategoryType1
    from .patched_predefined_metric_category_type_2_type_1 import PatchedPredefinedMetricCategoryType2Type1
    from .patched_predefined_metric_category_type_3_type_1 import PatchedPredefinedMetricCategoryType3Type1
    from .patched_predefined_metric_eval_type import PatchedPredefinedMetricEvalType
    from .patched_predefined_metric_evaluation_trigger import PatchedPredefinedMetricEvaluationTrigger
    from .patched_predefined_metric_type import PatchedPredefinedMetricType
    from .patched_project import PatchedProject
    from .patched_provider_credential_detail import PatchedProviderCredentialDetail
    from .patched_provider_credential_detail_provider import PatchedProviderCredentialDetailProvider
    from .patched_request_critical_metric_scenario import PatchedRequestCriticalMetricScenario
    from .patched_request_critical_metric_scenario_priority import PatchedRequestCriticalMetricScenarioPriority
    from .patched_result_detail_v2 import PatchedResultDetailV2
    from .patched_result_detail_v2_runs import PatchedResultDetailV2Runs
    from .patched_result_detail_v2_status import PatchedResultDetailV2Status
    from .patched_run import PatchedRun
    from .patched_run_evaluation_status import PatchedRunEvaluationStatus
    from .patched_run_generated_mock_tool_entries_item import PatchedRunGeneratedMockToolEntriesItem
    from .patched_run_status import PatchedRunStatus
    from .patched_scenario_edit_history_request import PatchedScenarioEditHistoryRequest
    from .patched_scenario_improvement_session_detail import PatchedScenarioImprovementSessionDetail
    from .patched_scenario_improvement_session_detail_status import PatchedScenarioImprovementSessionDetailStatus
    from .patched_schema_post_ai_agent_test_profile_external import PatchedSchemaPostAIAgentTestProfileExternal
    from .patched_schema_post_ai_agent_test_profile_external_information import (
        PatchedSchemaPostAIAgentTestProfileExternalInformation,
    )
    from .patched_schema_post_ai_agent_v2 import PatchedSchemaPostAIAgentV2
    from .patched_schema_post_ai_agent_v2_language import PatchedSchemaPostAIAgentV2Language
    from .patched_schema_post_cron_job import PatchedSchemaPostCronJob
    from .patched_schema_post_cron_job_execution_mode import PatchedSchemaPostCronJobExecutionMode
    from .patched_schema_post_cron_job_timezone import PatchedSchemaPostCronJobTimezone
    from .patched_schema_post_metric_edit import PatchedSchemaPostMetricEdit
    from .patched_schema_post_metric_edit_configuration import PatchedSchemaPostMetricEditConfiguration
    from .patched_schema_post_metric_edit_eval_type import PatchedSchemaPostMetricEditEvalType
    from .patched_schema_post_metric_edit_evaluation_trigger import PatchedSchemaPostMetricEditEvaluationTrigger
    from .patched_schema_post_metric_edit_trigger_type import PatchedSchemaPostMetricEditTriggerType
    from .patched_schema_post_metric_edit_type import PatchedSchemaPostMetricEditType
    from .patched_schema_post_scenario import PatchedSchemaPostScenario
    from .patched_schema_post_scenario_scenario_type import PatchedSchemaPostScenarioScenarioType
    from .patched_schema_update_ai_agent_external import PatchedSchemaUpdateAIAgentExternal
    from .patched_schema_update_ai_agent_external_assistant_provider import (
        PatchedSchemaUpdateAIAgentExternalAssistantProvider,
    )
    from .patched_schema_update_ai_agent_external_language import PatchedSchemaUpdateAIAgentExternalLanguage
    from .patched_schema_update_ai_agent_external_llm_model import PatchedSchemaUpdateAIAgentExternalLlmModel
    from .patched_schema_update_ai_agent_external_transcript_provider import (
        PatchedSchemaUpdateAIAgentExternalTranscriptProvider,
    )
    from .patched_schema_update_ai_agent_external_websocket_headers import (
        PatchedSchemaUpdateAIAgentExternalWebsocketHeaders,
    )
    from .patched_slack_workspace import PatchedSlackWorkspace
    from .patched_tool import PatchedTool
    from .patched_tool_subscribers_item import PatchedToolSubscribersItem
    from .patched_update_call_log import PatchedUpdateCallLog
    from .patched_update_call_log_dynamic_variables import PatchedUpdateCallLogDynamicVariables
    from .patched_update_call_log_metadata import PatchedUpdateCallLogMetadata
    from .patched_update_call_log_status import PatchedUpdateCallLogStatus
    from .patched_update_call_log_transcript_type import PatchedUpdateCallLogTranscriptType
    from .patched_user_api_key import PatchedUserAPIKey
    from .patched_user_configuration import PatchedUserConfiguration
    from .patched_user_configuration_configuration_type import PatchedUserConfigurationConfigurationType
    from .patched_user_membership import PatchedUserMembership
    from .patched_user_membership_role import PatchedUserMembershipRole
    from .patched_view import PatchedView
    from .patched_widget import PatchedWidget
    from .patched_widget_aggregation_function_type_1 import PatchedWidgetAggregationFunctionType1
    from .patched_widget_aggregation_function_type_2_type_1 import PatchedWidgetAggregationFunctionType2Type1
    from .patched_widget_aggregation_function_type_3_type_1 import PatchedWidgetAggregationFunctionType3Type1
    from .patched_widget_chart_type import PatchedWidgetChartType
    from .patched_widget_data_type_type_1 import PatchedWidgetDataTypeType1
    from .patched_widget_data_type_type_2_type_1 import PatchedWidgetDataTypeType2Type1
    from .patched_widget_data_type_type_3_type_1 import PatchedWidgetDataTypeType3Type1
    from .patched_widget_effective_filters import PatchedWidgetEffectiveFilters
    from .patched_widget_effective_filters_op import PatchedWidgetEffectiveFiltersOp
    from .patched_widget_effective_filters_operator import PatchedWidgetEffectiveFiltersOperator
    from .patched_widget_filters_type_0 import PatchedWidgetFiltersType0
    from .patched_widget_filters_type_0_op import PatchedWidgetFiltersType0Op
    from .patched_widget_filters_type_0_operator import PatchedWidgetFiltersType0Operator
    from .patched_widget_time_period_type_1 import PatchedWidgetTimePeriodType1
    from .patched_widget_time_period_type_2_type_1 import PatchedWidgetTimePeriodType2Type1
    from .patched_widget_time_period_type_3_type_1 import PatchedWidgetTimePeriodType3Type1
    from .payment_history import PaymentHistory
    from .payment_history_payment_type_type_1 import PaymentHistoryPaymentTypeType1
    from .payment_history_payment_type_type_2_type_1 import PaymentHistoryPaymentTypeType2Type1
    from .payment_history_payment_type_type_3_type_1 import PaymentHistoryPaymentTypeType3Type1
    from .personality import Personality
    from .personality_call_service_provider import PersonalityCallServiceProvider
    from .personality_gender import PersonalityGender
    from .personality_language import PersonalityLanguage
    from .phone_number import PhoneNumber
    from .phone_number_call_service_provider import PhoneNumberCallServiceProvider
    from .phone_number_detail import PhoneNumberDetail
    from .phone_number_detail_call_service_provider import PhoneNumberDetailCallServiceProvider
    from .phone_number_detail_provider_type_1 import PhoneNumberDetailProviderType1
    from .phone_number_detail_provider_type_2_type_1 import PhoneNumberDetailProviderType2Type1
    from .phone_number_detail_provider_type_3_type_1 import PhoneNumberDetailProviderType3Type1
    from .phone_number_inbound import PhoneNumberInbound
    from .phone_number_provider_type_1 import PhoneNumberProviderType1
    from .phone_number_provider_type_2_type_1 import PhoneNumberProviderType2Type1
    from .phone_number_provider_type_3_type_1 import PhoneNumberProviderType3Type1
    from .phone_numbers_check_occupancy_retrieve_response_200 import PhoneNumbersCheckOccupancyRetrieveResponse200
    from .phone_numbers_check_occupancy_retrieve_response_400 import PhoneNumbersCheckOccupancyRetrieveResponse400
    from .phone_numbers_external_check_occupancy_retrieve_response_200 import (
        PhoneNumbersExternalCheckOccupancyRetrieveResponse200,
    )
    from .phone_numbers_external_check_occupancy_retrieve_response_400 import (
        PhoneNumbersExternalCheckOccupancyRetrieveResponse400,
    )
    from .pipecat import Pipecat
    from .pr_file import PRFile
    from .predefined_metric import PredefinedMetric
    from .predefined_metric_category_type_1 import PredefinedMetricCategoryType1
    from .predefined_metric_category_type_2_type_1 import PredefinedMetricCategoryType2Type1
    from .predefined_metric_category_type_3_type_1 import PredefinedMetricCategoryType3Type1
    from .predefined_metric_copy_request import PredefinedMetricCopyRequest
    from .predefined_metric_eval_type import PredefinedMetricEvalType
    from .predefined_metric_evaluation_trigger import PredefinedMetricEvaluationTrigger
    from .predefined_metric_type import PredefinedMetricType
    from .process_feedbacks_request import ProcessFeedbacksRequest
    from .process_feedbacks_request_metric_type import ProcessFeedbacksRequestMetricType
    from .process_feedbacks_response import ProcessFeedbacksResponse
    from .process_feedbacks_response_improved_trigger_kind import ProcessFeedbacksResponseImprovedTriggerKind
    from .process_feedbacks_response_trigger_type import ProcessFeedbacksResponseTriggerType
    from .process_feedbacks_response_type import ProcessFeedbacksResponseType
    from .project import Project
    from .project_inline import ProjectInline
    from .projects_disable_personalities_create_response_200 import ProjectsDisablePersonalitiesCreateResponse200
    from .projects_enable_personalities_create_response_200 import ProjectsEnablePersonalitiesCreateResponse200
    from .projects_external_disable_personalities_create_response_200 import (
        ProjectsExternalDisablePersonalitiesCreateResponse200,
    )
    from .projects_external_enable_personalities_create_response_200 import (
        ProjectsExternalEnablePersonalitiesCreateResponse200,
    )
    from .provider_credential_detail import ProviderCredentialDetail
    from .provider_credential_detail_provider import ProviderCredentialDetailProvider
    from .provider_credential_list import ProviderCredentialList
    from .provider_credential_list_provider import ProviderCredentialListProvider
    from .rename_folder_request import RenameFolderRequest
    from .rerun_evaluation import RerunEvaluation
    from .result import Result
    from .result_detail_v2 import ResultDetailV2
    from .result_detail_v2_runs import ResultDetailV2Runs
    from .result_detail_v2_status import ResultDetailV2Status
    from .result_runs import ResultRuns
    from .result_scenarios import ResultScenarios
    from .result_status import ResultStatus
    from .results_retrieve_response_404 import ResultsRetrieveResponse404
    from .results_v1_external_retrieve_response_404 import ResultsV1ExternalRetrieveResponse404
    from .results_v1_retrieve_response_404 import ResultsV1RetrieveResponse404
    from .retell_chat_config import RetellChatConfig
    from .retell_config import RetellConfig
    from .review_result import ReviewResult
    from .run import Run
    from .run_evaluation_status import RunEvaluationStatus
    from .run_generated_mock_tool_entries_item import RunGeneratedMockToolEntriesItem
    from .run_list import RunList
    from .run_list_critical_categories import RunListCriticalCategories
    from .run_list_critical_categories_priority import RunListCriticalCategoriesPriority
    from .run_list_evaluation_status import RunListEvaluationStatus
    from .run_list_expected_outcome import RunListExpectedOutcome
    from .run_list_metadata import RunListMetadata
    from .run_list_status import RunListStatus
    from .run_list_transcript_object import RunListTranscriptObject
    from .run_livekit_scenarios import RunLivekitScenarios
    from .run_reviews_request import RunReviewsRequest
    from .run_reviews_request_llm_provider import RunReviewsRequestLlmProvider
    from .run_reviews_request_trigger_type import RunReviewsRequestTriggerType
    from .run_reviews_request_type import RunReviewsRequestType
    from .run_scenario_result import RunScenarioResult
    from .run_scenario_result_runs import RunScenarioResultRuns
    from .run_scenario_result_status import RunScenarioResultStatus
    from .run_scenarios_email import RunScenariosEmail
    from .run_scenarios_retell_web_rtc_request import RunScenariosRetellWebRTCRequest
    from .run_scenarios_vapi_web_rtc_request import RunScenariosVapiWebRTCRequest
    from .run_scenarios_with_websockets import RunScenariosWithWebsockets
    from .run_status import RunStatus
    from .run_trace_response import RunTraceResponse
    from .runs_list_status import RunsListStatus
    from .runs_mark_metric_vote_create_response_400 import RunsMarkMetricVoteCreateResponse400
    from .runs_mark_metric_vote_create_response_404 import RunsMarkMetricVoteCreateResponse404
    from .runs_v1_external_list_status import RunsV1ExternalListStatus
    from .runs_v1_external_mark_metric_vote_create_response_400 import RunsV1ExternalMarkMetricVoteCreateResponse400
    from .runs_v1_external_mark_metric_vote_create_response_404 import RunsV1ExternalMarkMetricVoteCreateResponse404
    from .runs_v1_list_status import RunsV1ListStatus
    from .runs_v1_mark_metric_vote_create_response_400 import RunsV1MarkMetricVoteCreateResponse400
    from .runs_v1_mark_metric_vote_create_response_404 import RunsV1MarkMetricVoteCreateResponse404
    from .scenario import Scenario
    from .scenario_agent_progress import ScenarioAgentProgress
    from .scenario_agent_progress_result_type_0 import ScenarioAgentProgressResultType0
    from .scenario_agent_request import ScenarioAgentRequest
    from .scenario_agent_request_agent_selections import ScenarioAgentRequestAgentSelections
    from .scenario_agent_request_pending_tool_calls_type_0_item import ScenarioAgentRequestPendingToolCallsType0Item
    from .scenario_agent_request_updated_scenarios_item import ScenarioAgentRequestUpdatedScenariosItem
    from .scenario_agent_start_response import ScenarioAgentStartResponse
    from .scenario_folder import ScenarioFolder
    from .scenario_folder_create import ScenarioFolderCreate
    from .scenario_history import ScenarioHistory
    from .scenario_history_history_type import ScenarioHistoryHistoryType
    from .scenario_history_scenario_language_type_1 import ScenarioHistoryScenarioLanguageType1
    from .scenario_history_scenario_language_type_2_type_1 import ScenarioHistoryScenarioLanguageType2Type1
    from .scenario_history_scenario_language_type_3_type_1 import ScenarioHistoryScenarioLanguageType3Type1
    from .scenario_history_scenario_type import ScenarioHistoryScenarioType
    from .scenario_history_suite_type import ScenarioHistorySuiteType
    from .scenario_improvement_session_create import ScenarioImprovementSessionCreate
    from .scenario_improvement_session_detail import ScenarioImprovementSessionDetail
    from .scenario_improvement_session_detail_status import ScenarioImprovementSessionDetailStatus
    from .scenario_improvement_session_list import ScenarioImprovementSessionList
    from .scenario_improvement_session_list_status import ScenarioImprovementSessionListStatus
    from .scenario_inline import ScenarioInline
    from .scenario_instructions_request import ScenarioInstructionsRequest
    from .scenario_list import ScenarioList
    from .scenario_list_scenario_language_type_1 import ScenarioListScenarioLanguageType1
    from .scenario_list_scenario_language_type_2_type_1 import ScenarioListScenarioLanguageType2Type1
    from .scenario_list_scenario_language_type_3_type_1 import ScenarioListScenarioLanguageType3Type1
    from .scenario_list_scenario_type import ScenarioListScenarioType
    from .scenario_restore_request import ScenarioRestoreRequest
    from .scenario_scenario_language import ScenarioScenarioLanguage
    from .scenario_scenario_type import ScenarioScenarioType
    from .scenario_serializer_v2 import ScenarioSerializerV2
    from .scenario_serializer_v2_scenario_language import ScenarioSerializerV2ScenarioLanguage
    from .scenario_serializer_v2_scenario_type import ScenarioSerializerV2ScenarioType
    from .scenario_serializer_v2_suite_type import ScenarioSerializerV2SuiteType
    from .scenario_suite_type import ScenarioSuiteType
    from .scenario_with_websocket import ScenarioWithWebsocket
    from .scenarios_bulk_delete_2_response_400 import ScenariosBulkDelete2Response400
    from .scenarios_bulk_delete_3_response_400 import ScenariosBulkDelete3Response400
    from .scenarios_bulk_delete_request import ScenariosBulkDeleteRequest
    from .scenarios_bulk_delete_response_400 import ScenariosBulkDeleteResponse400
    from .scenarios_bulk_update_2_response_400 import ScenariosBulkUpdate2Response400
    from .scenarios_bulk_update_3_response_400 import ScenariosBulkUpdate3Response400
    from .scenarios_bulk_update_request import ScenariosBulkUpdateRequest
    from .scenarios_bulk_update_response_400 import ScenariosBulkUpdateResponse400
    from .scenarios_cancel_agent_create_body import ScenariosCancelAgentCreateBody
    from .scenarios_cancel_agent_create_response_200 import ScenariosCancelAgentCreateResponse200
    from .scenarios_cancel_agent_create_response_400 import ScenariosCancelAgentCreateResponse400
    from .scenarios_condition_audio_create_body import ScenariosConditionAudioCreateBody
    from .scenarios_condition_audio_create_response_400 import ScenariosConditionAudioCreateResponse400
    from .scenarios_condition_audio_create_response_409 import ScenariosConditionAudioCreateResponse409
    from .scenarios_condition_audio_destroy_response_200 import ScenariosConditionAudioDestroyResponse200
    from .scenarios_condition_audio_destroy_response_404 import ScenariosConditionAudioDestroyResponse404
    from .scenarios_create_from_transcript_bg_2_response_200 import ScenariosCreateFromTranscriptBg2Response200
    from .scenarios_create_from_transcript_bg_2_response_400 import ScenariosCreateFromTranscriptBg2Response400
    from .scenarios_create_from_transcript_bg_3_response_200 import ScenariosCreateFromTranscriptBg3Response200
    from .scenarios_create_from_transcript_bg_3_response_400 import ScenariosCreateFromTranscriptBg3Response400
    from .scenarios_create_from_transcript_bg_response_200 import ScenariosCreateFromTranscriptBgResponse200
    from .scenarios_create_from_transcript_bg_response_400 import ScenariosCreateFromTranscriptBgResponse400
    from .scenarios_create_from_transcript_progress_2_response_200 import (
        ScenariosCreateFromTranscriptProgress2Response200,
    )
    from .scenarios_create_from_transcript_progress_2_response_200_scenario_type_0 import (
        ScenariosCreateFromTranscriptProgress2Response200ScenarioType0,
    )
    from .scenarios_create_from_transcript_progress_2_response_200_status import (
        ScenariosCreateFromTranscriptProgress2Response200Status,
    )
    from .scenarios_create_from_transcript_progress_2_response_400 import (
        ScenariosCreateFromTranscriptProgress2Response400,
    )
    from .scenarios_create_from_transcript_progress_3_response_200 import (
        ScenariosCreateFromTranscriptProgress3Response200,
    )
    from .scenarios_create_from_transcript_progress_3_response_200_scenario_type_0 import (
        ScenariosCreateFromTranscriptProgress3Response200ScenarioType0,
    )
    from .scenarios_create_from_transcript_progress_3_response_200_status import (
        ScenariosCreateFromTranscriptProgress3Response200Status,
    )
    from .scenarios_create_from_transcript_progress_3_response_400 import (
        ScenariosCreateFromTranscriptProgress3Response400,
    )
    from .scenarios_create_from_transcript_progress_response_200 import ScenariosCreateFromTranscriptProgressResponse200
    from .scenarios_create_from_transcript_progress_response_200_scenario_type_0 import (
        ScenariosCreateFromTranscriptProgressResponse200ScenarioType0,
    )
    from .scenarios_create_from_transcript_progress_response_200_status import (
        ScenariosCreateFromTranscriptProgressResponse200Status,
    )
    from .scenarios_create_from_transcript_progress_response_400 import ScenariosCreateFromTranscriptProgressResponse400
    from .scenarios_create_response_400 import ScenariosCreateResponse400
    from .scenarios_destroy_response_404 import ScenariosDestroyResponse404
    from .scenarios_discard_changes_create_body import ScenariosDiscardChangesCreateBody
    from .scenarios_discard_changes_create_response_200 import ScenariosDiscardChangesCreateResponse200
    from .scenarios_discard_changes_create_response_400 import ScenariosDiscardChangesCreateResponse400
    from .scenarios_duplicate_create_response_400 import ScenariosDuplicateCreateResponse400
    from .scenarios_external_cancel_agent_create_body import ScenariosExternalCancelAgentCreateBody
    from .scenarios_external_cancel_agent_create_response_200 import ScenariosExternalCancelAgentCreateResponse200
    from .scenarios_external_cancel_agent_create_response_400 import ScenariosExternalCancelAgentCreateResponse400
    from .scenarios_external_condition_audio_create_body import ScenariosExternalConditionAudioCreateBody
    from .scenarios_external_condition_audio_create_response_400 import ScenariosExternalConditionAudioCreateResponse400
    from .scenarios_external_condition_audio_create_response_409 import ScenariosExternalConditionAudioCreateResponse409
    from .scenarios_external_condition_audio_destroy_response_200 import (
        ScenariosExternalConditionAudioDestroyResponse200,
    )
    from .scenarios_external_condition_audio_destroy_response_404 import (
        ScenariosExternalConditionAudioDestroyResponse404,
    )
    from .scenarios_external_create_response_400 import ScenariosExternalCreateResponse400
    from .scenarios_external_destroy_response_404 import ScenariosExternalDestroyResponse404
    from .scenarios_external_discard_changes_create_body import ScenariosExternalDiscardChangesCreateBody
    from .scenarios_external_discard_changes_create_response_200 import ScenariosExternalDiscardChangesCreateResponse200
    from .scenarios_external_discard_changes_create_response_400 import ScenariosExternalDiscardChangesCreateResponse400
    from .scenarios_external_duplicate_create_response_400 import ScenariosExternalDuplicateCreateResponse400
    from .scenarios_external_improve_instructions_create_response_400 import (
        ScenariosExternalImproveInstructionsCreateResponse400,
    )
    from .scenarios_external_list_tag_filter_type import ScenariosExternalListTagFilterType
    from .scenarios_external_partial_update_response_400 import ScenariosExternalPartialUpdateResponse400
    from .scenarios_external_retrieve_response_404 import ScenariosExternalRetrieveResponse404
    from .scenarios_generate_bg_2_response_200 import ScenariosGenerateBg2Response200
    from .scenarios_generate_bg_2_response_400 import ScenariosGenerateBg2Response400
    from .scenarios_generate_bg_3_response_200 import ScenariosGenerateBg3Response200
    from .scenarios_generate_bg_3_response_400 import ScenariosGenerateBg3Response400
    from .scenarios_generate_bg_response_200 import ScenariosGenerateBgResponse200
    from .scenarios_generate_bg_response_400 import ScenariosGenerateBgResponse400
    from .scenarios_generate_clarify_answer_2_response_200 import ScenariosGenerateClarifyAnswer2Response200
    from .scenarios_generate_clarify_answer_3_response_200 import ScenariosGenerateClarifyAnswer3Response200
    from .scenarios_generate_clarify_answer_response_200 import ScenariosGenerateClarifyAnswerResponse200
    from .scenarios_generate_progress_2_response_200 import ScenariosGenerateProgress2Response200
    from .scenarios_generate_progress_2_response_200_scenarios_list_item import (
        ScenariosGenerateProgress2Response200ScenariosListItem,
    )
    from .scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item import (
        ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItem,
    )
    from .scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry import (
        ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry,
    )
    from .scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_input import (
        ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput,
    )
    from .scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_output import (
        ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput,
    )
    from .scenarios_generate_progress_2_response_200_scenarios_list_item_inbound_phone_number_data import (
        ScenariosGenerateProgress2Response200ScenariosListItemInboundPhoneNumberData,
    )
    from .scenarios_generate_progress_2_response_200_scenarios_list_item_information_fields import (
        ScenariosGenerateProgress2Response200ScenariosListItemInformationFields,
    )
    from .scenarios_generate_progress_2_response_200_scenarios_list_item_test_profile_data import (
        ScenariosGenerateProgress2Response200ScenariosListItemTestProfileData,
    )
    from .scenarios_generate_progress_2_response_400 import ScenariosGenerateProgress2Response400
    from .scenarios_generate_progress_3_response_200 import ScenariosGenerateProgress3Response200
    from .scenarios_generate_progress_3_response_200_scenarios_list_item import (
        ScenariosGenerateProgress3Response200ScenariosListItem,
    )
    from .scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item import (
        ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItem,
    )
    from .scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry import (
        ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry,
    )
    from .scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_input import (
        ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput,
    )
    from .scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_output import (
        ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput,
    )
    from .scenarios_generate_progress_3_response_200_scenarios_list_item_inbound_phone_number_data import (
        ScenariosGenerateProgress3Response200ScenariosListItemInboundPhoneNumberData,
    )
    from .scenarios_generate_progress_3_response_200_scenarios_list_item_information_fields import (
        ScenariosGenerateProgress3Response200ScenariosListItemInformationFields,
    )
    from .scenarios_generate_progress_3_response_200_scenarios_list_item_test_profile_data import (
        ScenariosGenerateProgress3Response200ScenariosListItemTestProfileData,
    )
    from .scenarios_generate_progress_3_response_400 import ScenariosGenerateProgress3Response400
    from .scenarios_generate_progress_response_200 import ScenariosGenerateProgressResponse200
    from .scenarios_generate_progress_response_200_scenarios_list_item import (
        ScenariosGenerateProgressResponse200ScenariosListItem,
    )
    from .scenarios_generate_progress_response_200_scenarios_list_item_generated_mock_tool_entries_item import (
        ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItem,
    )
    from .scenarios_generate_progress_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry import (
        ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntry,
    )
    from .scenarios_generate_progress_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_input import (
        ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput,
    )
    from .scenarios_generate_progress_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_output import (
        ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput,
    )
    from .scenarios_generate_progress_response_200_scenarios_list_item_inbound_phone_number_data import (
        ScenariosGenerateProgressResponse200ScenariosListItemInboundPhoneNumberData,
    )
    from .scenarios_generate_progress_response_200_scenarios_list_item_information_fields import (
        ScenariosGenerateProgressResponse200ScenariosListItemInformationFields,
    )
    from .scenarios_generate_progress_response_200_scenarios_list_item_test_profile_data import (
        ScenariosGenerateProgressResponse200ScenariosListItemTestProfileData,
    )
    from .scenarios_generate_progress_response_400 import ScenariosGenerateProgressResponse400
    from .scenarios_improve_instructions_create_response_400 import ScenariosImproveInstructionsCreateResponse400
    from .scenarios_list_tag_filter_type import ScenariosListTagFilterType
    from .scenarios_partial_update_response_400 import ScenariosPartialUpdateResponse400
    from .scenarios_refine_2_response_400 import ScenariosRefine2Response400
    from .scenarios_refine_3_response_400 import ScenariosRefine3Response400
    from .scenarios_refine_progress_2_response_400 import ScenariosRefineProgress2Response400
    from .scenarios_refine_progress_3_response_400 import ScenariosRefineProgress3Response400
    from .scenarios_refine_progress_response_400 import ScenariosRefineProgressResponse400
    from .scenarios_refine_response_400 import ScenariosRefineResponse400
    from .scenarios_retrieve_response_404 import ScenariosRetrieveResponse404
    from .scenarios_run_agora_2_response_200 import ScenariosRunAgora2Response200
    from .scenarios_run_agora_2_response_200_runs_item import ScenariosRunAgora2Response200RunsItem
    from .scenarios_run_agora_2_response_200_runs_item_status import ScenariosRunAgora2Response200RunsItemStatus
    from .scenarios_run_agora_2_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunAgora2Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_agora_2_response_200_status import ScenariosRunAgora2Response200Status
    from .scenarios_run_agora_2_response_400 import ScenariosRunAgora2Response400
    from .scenarios_run_agora_3_response_200 import ScenariosRunAgora3Response200
    from .scenarios_run_agora_3_response_200_runs_item import ScenariosRunAgora3Response200RunsItem
    from .scenarios_run_agora_3_response_200_runs_item_status import ScenariosRunAgora3Response200RunsItemStatus
    from .scenarios_run_agora_3_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunAgora3Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_agora_3_response_200_status import ScenariosRunAgora3Response200Status
    from .scenarios_run_agora_3_response_400 import ScenariosRunAgora3Response400
    from .scenarios_run_agora_response_200 import ScenariosRunAgoraResponse200
    from .scenarios_run_agora_response_200_runs_item import ScenariosRunAgoraResponse200RunsItem
    from .scenarios_run_agora_response_200_runs_item_status import ScenariosRunAgoraResponse200RunsItemStatus
    from .scenarios_run_agora_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunAgoraResponse200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_agora_response_200_status import ScenariosRunAgoraResponse200Status
    from .scenarios_run_agora_response_400 import ScenariosRunAgoraResponse400
    from .scenarios_run_api_chat_2_response_400 import ScenariosRunApiChat2Response400
    from .scenarios_run_api_chat_3_response_400 import ScenariosRunApiChat3Response400
    from .scenarios_run_api_chat_response_400 import ScenariosRunApiChatResponse400
    from .scenarios_run_chirp_2_response_200 import ScenariosRunChirp2Response200
    from .scenarios_run_chirp_2_response_200_runs_item import ScenariosRunChirp2Response200RunsItem
    from .scenarios_run_chirp_2_response_200_runs_item_status import ScenariosRunChirp2Response200RunsItemStatus
    from .scenarios_run_chirp_2_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunChirp2Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_chirp_2_response_200_status import ScenariosRunChirp2Response200Status
    from .scenarios_run_chirp_2_response_400 import ScenariosRunChirp2Response400
    from .scenarios_run_chirp_3_response_200 import ScenariosRunChirp3Response200
    from .scenarios_run_chirp_3_response_200_runs_item import ScenariosRunChirp3Response200RunsItem
    from .scenarios_run_chirp_3_response_200_runs_item_status import ScenariosRunChirp3Response200RunsItemStatus
    from .scenarios_run_chirp_3_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunChirp3Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_chirp_3_response_200_status import ScenariosRunChirp3Response200Status
    from .scenarios_run_chirp_3_response_400 import ScenariosRunChirp3Response400
    from .scenarios_run_chirp_response_200 import ScenariosRunChirpResponse200
    from .scenarios_run_chirp_response_200_runs_item import ScenariosRunChirpResponse200RunsItem
    from .scenarios_run_chirp_response_200_runs_item_status import ScenariosRunChirpResponse200RunsItemStatus
    from .scenarios_run_chirp_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunChirpResponse200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_chirp_response_200_status import ScenariosRunChirpResponse200Status
    from .scenarios_run_chirp_response_400 import ScenariosRunChirpResponse400
    from .scenarios_run_elevenlabs_2_response_200 import ScenariosRunElevenlabs2Response200
    from .scenarios_run_elevenlabs_2_response_200_runs_item import ScenariosRunElevenlabs2Response200RunsItem
    from .scenarios_run_elevenlabs_2_response_200_runs_item_status import (
        ScenariosRunElevenlabs2Response200RunsItemStatus,
    )
    from .scenarios_run_elevenlabs_2_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunElevenlabs2Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_elevenlabs_2_response_200_status import ScenariosRunElevenlabs2Response200Status
    from .scenarios_run_elevenlabs_2_response_400 import ScenariosRunElevenlabs2Response400
    from .scenarios_run_elevenlabs_3_response_200 import ScenariosRunElevenlabs3Response200
    from .scenarios_run_elevenlabs_3_response_200_runs_item import ScenariosRunElevenlabs3Response200RunsItem
    from .scenarios_run_elevenlabs_3_response_200_runs_item_status import (
        ScenariosRunElevenlabs3Response200RunsItemStatus,
    )
    from .scenarios_run_elevenlabs_3_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunElevenlabs3Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_elevenlabs_3_response_200_status import ScenariosRunElevenlabs3Response200Status
    from .scenarios_run_elevenlabs_3_response_400 import ScenariosRunElevenlabs3Response400
    from .scenarios_run_elevenlabs_response_200 import ScenariosRunElevenlabsResponse200
    from .scenarios_run_elevenlabs_response_200_runs_item import ScenariosRunElevenlabsResponse200RunsItem
    from .scenarios_run_elevenlabs_response_200_runs_item_status import ScenariosRunElevenlabsResponse200RunsItemStatus
    from .scenarios_run_elevenlabs_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunElevenlabsResponse200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_elevenlabs_response_200_status import ScenariosRunElevenlabsResponse200Status
    from .scenarios_run_elevenlabs_response_400 import ScenariosRunElevenlabsResponse400
    from .scenarios_run_json_2_response_200 import ScenariosRunJson2Response200
    from .scenarios_run_json_2_response_200_runs_item import ScenariosRunJson2Response200RunsItem
    from .scenarios_run_json_2_response_200_runs_item_status import ScenariosRunJson2Response200RunsItemStatus
    from .scenarios_run_json_2_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunJson2Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_json_2_response_200_status import ScenariosRunJson2Response200Status
    from .scenarios_run_json_2_response_400 import ScenariosRunJson2Response400
    from .scenarios_run_json_3_response_200 import ScenariosRunJson3Response200
    from .scenarios_run_json_3_response_200_runs_item import ScenariosRunJson3Response200RunsItem
    from .scenarios_run_json_3_response_200_runs_item_status import ScenariosRunJson3Response200RunsItemStatus
    from .scenarios_run_json_3_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunJson3Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_json_3_response_200_status import ScenariosRunJson3Response200Status
    from .scenarios_run_json_3_response_400 import ScenariosRunJson3Response400
    from .scenarios_run_json_response_200 import ScenariosRunJsonResponse200
    from .scenarios_run_json_response_200_runs_item import ScenariosRunJsonResponse200RunsItem
    from .scenarios_run_json_response_200_runs_item_status import ScenariosRunJsonResponse200RunsItemStatus
    from .scenarios_run_json_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunJsonResponse200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_json_response_200_status import ScenariosRunJsonResponse200Status
    from .scenarios_run_json_response_400 import ScenariosRunJsonResponse400
    from .scenarios_run_livekit_v2_response_200 import ScenariosRunLivekitV2Response200
    from .scenarios_run_livekit_v2_response_200_runs_item import ScenariosRunLivekitV2Response200RunsItem
    from .scenarios_run_livekit_v2_response_200_runs_item_status import ScenariosRunLivekitV2Response200RunsItemStatus
    from .scenarios_run_livekit_v2_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunLivekitV2Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_livekit_v2_response_200_status import ScenariosRunLivekitV2Response200Status
    from .scenarios_run_livekit_v2_response_400 import ScenariosRunLivekitV2Response400
    from .scenarios_run_livekit_v22_response_200 import ScenariosRunLivekitV22Response200
    from .scenarios_run_livekit_v22_response_200_runs_item import ScenariosRunLivekitV22Response200RunsItem
    from .scenarios_run_livekit_v22_response_200_runs_item_status import ScenariosRunLivekitV22Response200RunsItemStatus
    from .scenarios_run_livekit_v22_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunLivekitV22Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_livekit_v22_response_200_status import ScenariosRunLivekitV22Response200Status
    from .scenarios_run_livekit_v22_response_400 import ScenariosRunLivekitV22Response400
    from .scenarios_run_livekit_v23_response_200 import ScenariosRunLivekitV23Response200
    from .scenarios_run_livekit_v23_response_200_runs_item import ScenariosRunLivekitV23Response200RunsItem
    from .scenarios_run_livekit_v23_response_200_runs_item_status import ScenariosRunLivekitV23Response200RunsItemStatus
    from .scenarios_run_livekit_v23_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunLivekitV23Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_livekit_v23_response_200_status import ScenariosRunLivekitV23Response200Status
    from .scenarios_run_livekit_v23_response_400 import ScenariosRunLivekitV23Response400
    from .scenarios_run_pipecat_v1_response_200 import ScenariosRunPipecatV1Response200
    from .scenarios_run_pipecat_v1_response_200_runs_item import ScenariosRunPipecatV1Response200RunsItem
    from .scenarios_run_pipecat_v1_response_200_runs_item_status import ScenariosRunPipecatV1Response200RunsItemStatus
    from .scenarios_run_pipecat_v1_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunPipecatV1Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_pipecat_v1_response_200_status import ScenariosRunPipecatV1Response200Status
    from .scenarios_run_pipecat_v1_response_400 import ScenariosRunPipecatV1Response400
    from .scenarios_run_pipecat_v2_response_200 import ScenariosRunPipecatV2Response200
    from .scenarios_run_pipecat_v2_response_200_runs_item import ScenariosRunPipecatV2Response200RunsItem
    from .scenarios_run_pipecat_v2_response_200_runs_item_status import ScenariosRunPipecatV2Response200RunsItemStatus
    from .scenarios_run_pipecat_v2_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunPipecatV2Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_pipecat_v2_response_200_status import ScenariosRunPipecatV2Response200Status
    from .scenarios_run_pipecat_v2_response_400 import ScenariosRunPipecatV2Response400
    from .scenarios_run_pipecat_v12_response_200 import ScenariosRunPipecatV12Response200
    from .scenarios_run_pipecat_v12_response_200_runs_item import ScenariosRunPipecatV12Response200RunsItem
    from .scenarios_run_pipecat_v12_response_200_runs_item_status import ScenariosRunPipecatV12Response200RunsItemStatus
    from .scenarios_run_pipecat_v12_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunPipecatV12Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_pipecat_v12_response_200_status import ScenariosRunPipecatV12Response200Status
    from .scenarios_run_pipecat_v12_response_400 import ScenariosRunPipecatV12Response400
    from .scenarios_run_pipecat_v13_response_200 import ScenariosRunPipecatV13Response200
    from .scenarios_run_pipecat_v13_response_200_runs_item import ScenariosRunPipecatV13Response200RunsItem
    from .scenarios_run_pipecat_v13_response_200_runs_item_status import ScenariosRunPipecatV13Response200RunsItemStatus
    from .scenarios_run_pipecat_v13_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunPipecatV13Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_pipecat_v13_response_200_status import ScenariosRunPipecatV13Response200Status
    from .scenarios_run_pipecat_v13_response_400 import ScenariosRunPipecatV13Response400
    from .scenarios_run_pipecat_v22_response_200 import ScenariosRunPipecatV22Response200
    from .scenarios_run_pipecat_v22_response_200_runs_item import ScenariosRunPipecatV22Response200RunsItem
    from .scenarios_run_pipecat_v22_response_200_runs_item_status import ScenariosRunPipecatV22Response200RunsItemStatus
    from .scenarios_run_pipecat_v22_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunPipecatV22Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_pipecat_v22_response_200_status import ScenariosRunPipecatV22Response200Status
    from .scenarios_run_pipecat_v22_response_400 import ScenariosRunPipecatV22Response400
    from .scenarios_run_pipecat_v23_response_200 import ScenariosRunPipecatV23Response200
    from .scenarios_run_pipecat_v23_response_200_runs_item import ScenariosRunPipecatV23Response200RunsItem
    from .scenarios_run_pipecat_v23_response_200_runs_item_status import ScenariosRunPipecatV23Response200RunsItemStatus
    from .scenarios_run_pipecat_v23_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunPipecatV23Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_pipecat_v23_response_200_status import ScenariosRunPipecatV23Response200Status
    from .scenarios_run_pipecat_v23_response_400 import ScenariosRunPipecatV23Response400
    from .scenarios_run_retell_webrtc_2_response_200 import ScenariosRunRetellWebrtc2Response200
    from .scenarios_run_retell_webrtc_2_response_200_runs_item import ScenariosRunRetellWebrtc2Response200RunsItem
    from .scenarios_run_retell_webrtc_2_response_200_runs_item_status import (
        ScenariosRunRetellWebrtc2Response200RunsItemStatus,
    )
    from .scenarios_run_retell_webrtc_2_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunRetellWebrtc2Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_retell_webrtc_2_response_200_status import ScenariosRunRetellWebrtc2Response200Status
    from .scenarios_run_retell_webrtc_2_response_400 import ScenariosRunRetellWebrtc2Response400
    from .scenarios_run_retell_webrtc_3_response_200 import ScenariosRunRetellWebrtc3Response200
    from .scenarios_run_retell_webrtc_3_response_200_runs_item import ScenariosRunRetellWebrtc3Response200RunsItem
    from .scenarios_run_retell_webrtc_3_response_200_runs_item_status import (
        ScenariosRunRetellWebrtc3Response200RunsItemStatus,
    )
    from .scenarios_run_retell_webrtc_3_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunRetellWebrtc3Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_retell_webrtc_3_response_200_status import ScenariosRunRetellWebrtc3Response200Status
    from .scenarios_run_retell_webrtc_3_response_400 import ScenariosRunRetellWebrtc3Response400
    from .scenarios_run_retell_webrtc_response_200 import ScenariosRunRetellWebrtcResponse200
    from .scenarios_run_retell_webrtc_response_200_runs_item import ScenariosRunRetellWebrtcResponse200RunsItem
    from .scenarios_run_retell_webrtc_response_200_runs_item_status import (
        ScenariosRunRetellWebrtcResponse200RunsItemStatus,
    )
    from .scenarios_run_retell_webrtc_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunRetellWebrtcResponse200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_retell_webrtc_response_200_status import ScenariosRunRetellWebrtcResponse200Status
    from .scenarios_run_retell_webrtc_response_400 import ScenariosRunRetellWebrtcResponse400
    from .scenarios_run_sip_2_response_200 import ScenariosRunSip2Response200
    from .scenarios_run_sip_2_response_200_runs_item import ScenariosRunSip2Response200RunsItem
    from .scenarios_run_sip_2_response_200_runs_item_status import ScenariosRunSip2Response200RunsItemStatus
    from .scenarios_run_sip_2_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunSip2Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_sip_2_response_200_status import ScenariosRunSip2Response200Status
    from .scenarios_run_sip_2_response_400 import ScenariosRunSip2Response400
    from .scenarios_run_sip_3_response_200 import ScenariosRunSip3Response200
    from .scenarios_run_sip_3_response_200_runs_item import ScenariosRunSip3Response200RunsItem
    from .scenarios_run_sip_3_response_200_runs_item_status import ScenariosRunSip3Response200RunsItemStatus
    from .scenarios_run_sip_3_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunSip3Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_sip_3_response_200_status import ScenariosRunSip3Response200Status
    from .scenarios_run_sip_3_response_400 import ScenariosRunSip3Response400
    from .scenarios_run_sip_response_200 import ScenariosRunSipResponse200
    from .scenarios_run_sip_response_200_runs_item import ScenariosRunSipResponse200RunsItem
    from .scenarios_run_sip_response_200_runs_item_status import ScenariosRunSipResponse200RunsItemStatus
    from .scenarios_run_sip_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunSipResponse200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_sip_response_200_status import ScenariosRunSipResponse200Status
    from .scenarios_run_sip_response_400 import ScenariosRunSipResponse400
    from .scenarios_run_text_2_response_201 import ScenariosRunText2Response201
    from .scenarios_run_text_2_response_201_runs_item import ScenariosRunText2Response201RunsItem
    from .scenarios_run_text_2_response_201_runs_item_status import ScenariosRunText2Response201RunsItemStatus
    from .scenarios_run_text_2_response_201_runs_item_test_profile_data_type_0 import (
        ScenariosRunText2Response201RunsItemTestProfileDataType0,
    )
    from .scenarios_run_text_2_response_201_status import ScenariosRunText2Response201Status
    from .scenarios_run_text_2_response_400 import ScenariosRunText2Response400
    from .scenarios_run_text_3_response_201 import ScenariosRunText3Response201
    from .scenarios_run_text_3_response_201_runs_item import ScenariosRunText3Response201RunsItem
    from .scenarios_run_text_3_response_201_runs_item_status import ScenariosRunText3Response201RunsItemStatus
    from .scenarios_run_text_3_response_201_runs_item_test_profile_data_type_0 import (
        ScenariosRunText3Response201RunsItemTestProfileDataType0,
    )
    from .scenarios_run_text_3_response_201_status import ScenariosRunText3Response201Status
    from .scenarios_run_text_3_response_400 import ScenariosRunText3Response400
    from .scenarios_run_text_response_201 import ScenariosRunTextResponse201
    from .scenarios_run_text_response_201_runs_item import ScenariosRunTextResponse201RunsItem
    from .scenarios_run_text_response_201_runs_item_status import ScenariosRunTextResponse201RunsItemStatus
    from .scenarios_run_text_response_201_runs_item_test_profile_data_type_0 import (
        ScenariosRunTextResponse201RunsItemTestProfileDataType0,
    )
    from .scenarios_run_text_response_201_status import ScenariosRunTextResponse201Status
    from .scenarios_run_text_response_400 import ScenariosRunTextResponse400
    from .scenarios_run_vapi_webrtc_2_response_200 import ScenariosRunVapiWebrtc2Response200
    from .scenarios_run_vapi_webrtc_2_response_200_runs_item import ScenariosRunVapiWebrtc2Response200RunsItem
    from .scenarios_run_vapi_webrtc_2_response_200_runs_item_status import (
        ScenariosRunVapiWebrtc2Response200RunsItemStatus,
    )
    from .scenarios_run_vapi_webrtc_2_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunVapiWebrtc2Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_vapi_webrtc_2_response_200_status import ScenariosRunVapiWebrtc2Response200Status
    from .scenarios_run_vapi_webrtc_2_response_400 import ScenariosRunVapiWebrtc2Response400
    from .scenarios_run_vapi_webrtc_3_response_200 import ScenariosRunVapiWebrtc3Response200
    from .scenarios_run_vapi_webrtc_3_response_200_runs_item import ScenariosRunVapiWebrtc3Response200RunsItem
    from .scenarios_run_vapi_webrtc_3_response_200_runs_item_status import (
        ScenariosRunVapiWebrtc3Response200RunsItemStatus,
    )
    from .scenarios_run_vapi_webrtc_3_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunVapiWebrtc3Response200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_vapi_webrtc_3_response_200_status import ScenariosRunVapiWebrtc3Response200Status
    from .scenarios_run_vapi_webrtc_3_response_400 import ScenariosRunVapiWebrtc3Response400
    from .scenarios_run_vapi_webrtc_response_200 import ScenariosRunVapiWebrtcResponse200
    from .scenarios_run_vapi_webrtc_response_200_runs_item import ScenariosRunVapiWebrtcResponse200RunsItem
    from .scenarios_run_vapi_webrtc_response_200_runs_item_status import ScenariosRunVapiWebrtcResponse200RunsItemStatus
    from .scenarios_run_vapi_webrtc_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunVapiWebrtcResponse200RunsItemTestProfileDataType0,
    )
    from .scenarios_run_vapi_webrtc_response_200_status import ScenariosRunVapiWebrtcResponse200Status
    from .scenarios_run_vapi_webrtc_response_400 import ScenariosRunVapiWebrtcResponse400
    from .scenarios_run_voice_2_response_201 import ScenariosRunVoice2Response201
    from .scenarios_run_voice_2_response_201_runs_item import ScenariosRunVoice2Response201RunsItem
    from .scenarios_run_voice_2_response_201_runs_item_status import ScenariosRunVoice2Response201RunsItemStatus
    from .scenarios_run_voice_2_response_201_runs_item_test_profile_data_type_0 import (
        ScenariosRunVoice2Response201RunsItemTestProfileDataType0,
    )
    from .scenarios_run_voice_2_response_201_status import ScenariosRunVoice2Response201Status
    from .scenarios_run_voice_2_response_400 import ScenariosRunVoice2Response400
    from .scenarios_run_voice_3_response_201 import ScenariosRunVoice3Response201
    from .scenarios_run_voice_3_response_201_runs_item import ScenariosRunVoice3Response201RunsItem
    from .scenarios_run_voice_3_response_201_runs_item_status import ScenariosRunVoice3Response201RunsItemStatus
    from .scenarios_run_voice_3_response_201_runs_item_test_profile_data_type_0 import (
        ScenariosRunVoice3Response201RunsItemTestProfileDataType0,
    )
    from .scenarios_run_voice_3_response_201_status import ScenariosRunVoice3Response201Status
    from .scenarios_run_voice_3_response_400 import ScenariosRunVoice3Response400
    from .scenarios_run_voice_response_201 import ScenariosRunVoiceResponse201
    from .scenarios_run_voice_response_201_runs_item import ScenariosRunVoiceResponse201RunsItem
    from .scenarios_run_voice_response_201_runs_item_status import ScenariosRunVoiceResponse201RunsItemStatus
    from .scenarios_run_voice_response_201_runs_item_test_profile_data_type_0 import (
        ScenariosRunVoiceResponse201RunsItemTestProfileDataType0,
    )
    from .scenarios_run_voice_response_201_status import ScenariosRunVoiceResponse201Status
    from .scenarios_run_voice_response_400 import ScenariosRunVoiceResponse400
    from .scenarios_run_websocket_2_response_201 import ScenariosRunWebsocket2Response201
    from .scenarios_run_websocket_2_response_201_runs_item import ScenariosRunWebsocket2Response201RunsItem
    from .scenarios_run_websocket_2_response_201_runs_item_status import ScenariosRunWebsocket2Response201RunsItemStatus
    from .scenarios_run_websocket_2_response_201_runs_item_test_profile_data_type_0 import (
        ScenariosRunWebsocket2Response201RunsItemTestProfileDataType0,
    )
    from .scenarios_run_websocket_2_response_201_status import ScenariosRunWebsocket2Response201Status
    from .scenarios_run_websocket_2_response_400 import ScenariosRunWebsocket2Response400
    from .scenarios_run_websocket_3_response_201 import ScenariosRunWebsocket3Response201
    from .scenarios_run_websocket_3_response_201_runs_item import ScenariosRunWebsocket3Response201RunsItem
    from .scenarios_run_websocket_3_response_201_runs_item_status import ScenariosRunWebsocket3Response201RunsItemStatus
    from .scenarios_run_websocket_3_response_201_runs_item_test_profile_data_type_0 import (
        ScenariosRunWebsocket3Response201RunsItemTestProfileDataType0,
    )
    from .scenarios_run_websocket_3_response_201_status import ScenariosRunWebsocket3Response201Status
    from .scenarios_run_websocket_3_response_400 import ScenariosRunWebsocket3Response400
    from .scenarios_run_websocket_response_201 import ScenariosRunWebsocketResponse201
    from .scenarios_run_websocket_response_201_runs_item import ScenariosRunWebsocketResponse201RunsItem
    from .scenarios_run_websocket_response_201_runs_item_status import ScenariosRunWebsocketResponse201RunsItemStatus
    from .scenarios_run_websocket_response_201_runs_item_test_profile_data_type_0 import (
        ScenariosRunWebsocketResponse201RunsItemTestProfileDataType0,
    )
    from .scenarios_run_websocket_response_201_status import ScenariosRunWebsocketResponse201Status
    from .scenarios_run_websocket_response_400 import ScenariosRunWebsocketResponse400
    from .schema_agent_provider_create import SchemaAgentProviderCreate
    from .schema_agent_provider_create_redact_fields_type_0_item import SchemaAgentProviderCreateRedactFieldsType0Item
    from .schema_agent_provider_create_type import SchemaAgentProviderCreateType
    from .schema_create_scenarios_progress_response import SchemaCreateScenariosProgressResponse
    from .schema_create_scenarios_progress_response_errors_item import SchemaCreateScenariosProgressResponseErrorsItem
    from .schema_create_shareable_link_token_response import SchemaCreateShareableLinkTokenResponse
    from .schema_eleven_labs_data import SchemaElevenLabsData
    from .schema_generate_metrics_metric_create import SchemaGenerateMetricsMetricCreate
    from .schema_generate_metrics_response import SchemaGenerateMetricsResponse
    from .schema_generate_scenarios import SchemaGenerateScenarios
    from .schema_generate_scenarios_attack_type_type_1 import SchemaGenerateScenariosAttackTypeType1
    from .schema_generate_scenarios_attack_type_type_2_type_1 import SchemaGenerateScenariosAttackTypeType2Type1
    from .schema_generate_scenarios_attack_type_type_3_type_1 import SchemaGenerateScenariosAttackTypeType3Type1
    from .schema_generate_scenarios_scenario_type import SchemaGenerateScenariosScenarioType
    from .schema_generate_scenarios_simulation_type import SchemaGenerateScenariosSimulationType
    from .schema_generate_scenarios_upload import SchemaGenerateScenariosUpload
    from .schema_generate_scenarios_upload_attack_type_type_1 import SchemaGenerateScenariosUploadAttackTypeType1
    from .schema_generate_scenarios_upload_attack_type_type_2_type_1 import (
        SchemaGenerateScenariosUploadAttackTypeType2Type1,
    )
    from .schema_generate_scenarios_upload_attack_type_type_3_type_1 import (
        SchemaGenerateScenariosUploadAttackTypeType3Type1,
    )
    from .schema_generate_scenarios_upload_scenario_type import SchemaGenerateScenariosUploadScenarioType
    from .schema_generate_scenarios_upload_simulation_type import SchemaGenerateScenariosUploadSimulationType
    from .schema_pipecat_scenario import SchemaPipecatScenario
    from .schema_pipecat_v2_data import SchemaPipecatV2Data
    from .schema_pipecat_v2_scenario import SchemaPipecatV2Scenario
    from .schema_post_ai_agent_test_profile_external import SchemaPostAIAgentTestProfileExternal
    from .schema_post_ai_agent_test_profile_external_information import SchemaPostAIAgentTestProfileExternalInformation
    from .schema_post_ai_agent_v2 import SchemaPostAIAgentV2
    from .schema_post_ai_agent_v2_language import SchemaPostAIAgentV2Language
    from .schema_post_bulk_delete_results import SchemaPostBulkDeleteResults
    from .schema_post_bulk_evaluate_result_metrics import SchemaPostBulkEvaluateResultMetrics
    from .schema_post_copy_agent import SchemaPostCopyAgent
    from .schema_post_create_from_call_log_request import SchemaPostCreateFromCallLogRequest
    from .schema_post_create_from_call_logs_request import SchemaPostCreateFromCallLogsRequest
    from .schema_post_create_from_run_request import SchemaPostCreateFromRunRequest
    from .schema_post_create_scenarios import SchemaPostCreateScenarios
    from .schema_post_create_shareable_link_token import SchemaPostCreateShareableLinkToken
    from .schema_post_cron_job import SchemaPostCronJob
    from .schema_post_cron_job_execution_mode import SchemaPostCronJobExecutionMode
    from .schema_post_cron_job_timezone import SchemaPostCronJobTimezone
    from .schema_post_delete_runs import SchemaPostDeleteRuns
    from .schema_post_metric_edit import SchemaPostMetricEdit
    from .schema_post_metric_edit_configuration import SchemaPostMetricEditConfiguration
    from .schema_post_metric_edit_eval_type import SchemaPostMetricEditEvalType
    from .schema_post_metric_edit_evaluation_trigger import SchemaPostMetricEditEvaluationTrigger
    from .schema_post_metric_edit_trigger_type import SchemaPostMetricEditTriggerType
    from .schema_post_metric_edit_type import SchemaPostMetricEditType
    from .schema_post_re_run_result_detail import SchemaPostReRunResultDetail
    from .schema_post_run_scenarios import SchemaPostRunScenarios
    from .schema_post_run_scenarios_api_chat import SchemaPostRunScenariosApiChat
    from .schema_post_run_scenarios_chirp import SchemaPostRunScenariosChirp
    from .schema_post_run_scenarios_chirp_mode import SchemaPostRunScenariosChirpMode
    from .schema_post_run_scenarios_eleven_labs import SchemaPostRunScenariosElevenLabs
    from .schema_post_run_scenarios_eleven_labs_mode import SchemaPostRunScenariosElevenLabsMode
    from .schema_post_run_scenarios_mode import SchemaPostRunScenariosMode
    from .schema_post_run_scenarios_pipecat import SchemaPostRunScenariosPipecat
    from .schema_post_run_scenarios_pipecat_v2 import SchemaPostRunScenariosPipecatV2
    from .schema_post_run_scenarios_sip import SchemaPostRunScenariosSip
    from .schema_post_run_scenarios_sip_mode import SchemaPostRunScenariosSipMode
    from .schema_post_run_scenarios_text import SchemaPostRunScenariosText
    from .schema_post_run_scenarios_text_websocket_headers import SchemaPostRunScenariosTextWebsocketHeaders
    from .schema_post_scenario import SchemaPostScenario
    from .schema_post_scenario_scenario_type import SchemaPostScenarioScenarioType
    from .schema_post_simulate_scenario import SchemaPostSimulateScenario
    from .schema_scenario import SchemaScenario
    from .schema_scenario_information_fields import SchemaScenarioInformationFields
    from .schema_scenario_scenario_language import SchemaScenarioScenarioLanguage
    from .schema_scenario_suite_type import SchemaScenarioSuiteType
    from .schema_update_ai_agent_external import SchemaUpdateAIAgentExternal
    from .schema_update_ai_agent_external_assistant_provider import SchemaUpdateAIAgentExternalAssistantProvider
    from .schema_update_ai_agent_external_language import SchemaUpdateAIAgentExternalLanguage
    from .schema_update_ai_agent_external_llm_model import SchemaUpdateAIAgentExternalLlmModel
    from .schema_update_ai_agent_external_transcript_provider import SchemaUpdateAIAgentExternalTranscriptProvider
    from .schema_update_ai_agent_external_websocket_headers import SchemaUpdateAIAgentExternalWebsocketHeaders
    from .self_hosted import SelfHosted
    from .self_hosted_web_socket import SelfHostedWebSocket
    from .self_hosted_web_socket_headers import SelfHostedWebSocketHeaders
    from .sierra_chat_config import SierraChatConfig
    from .simplify_prompt_progress_response import SimplifyPromptProgressResponse
    from .simplify_prompt_request import SimplifyPromptRequest
    from .simplify_prompt_response import SimplifyPromptResponse
    from .simulate_scenario_transcript_message import SimulateScenarioTranscriptMessage
    from .simulate_scenario_transcript_message_role import SimulateScenarioTranscriptMessageRole
    from .slack_workspace import SlackWorkspace
    from .subscription import Subscription
    from .subscription_status import SubscriptionStatus
    from .subscription_status_pack import SubscriptionStatusPack
    from .subscription_status_status import SubscriptionStatusStatus
    from .synthflow import Synthflow
    from .test_framework_billing_usage_chart_retrieve_time_period import (
        TestFrameworkBillingUsageChartRetrieveTimePeriod,
    )
    from .test_framework_v2_scenarios_cancel_agent_create_body import TestFrameworkV2ScenariosCancelAgentCreateBody
    from .test_framework_v2_scenarios_cancel_agent_create_response_200 import (
        TestFrameworkV2ScenariosCancelAgentCreateResponse200,
    )
    from .test_framework_v2_scenarios_cancel_agent_create_response_400 import (
        TestFrameworkV2ScenariosCancelAgentCreateResponse400,
    )
    from .test_framework_v2_scenarios_condition_audio_create_body import (
        TestFrameworkV2ScenariosConditionAudioCreateBody,
    )
    from .test_framework_v2_scenarios_condition_audio_create_response_400 import (
        TestFrameworkV2ScenariosConditionAudioCreateResponse400,
    )
    from .test_framework_v2_scenarios_condition_audio_create_response_409 import (
        TestFrameworkV2ScenariosConditionAudioCreateResponse409,
    )
    from .test_framework_v2_scenarios_condition_audio_destroy_response_200 import (
        TestFrameworkV2ScenariosConditionAudioDestroyResponse200,
    )
    from .test_framework_v2_scenarios_condition_audio_destroy_response_404 import (
        TestFrameworkV2ScenariosConditionAudioDestroyResponse404,
    )
    from .test_framework_v2_scenarios_create_response_400 import TestFrameworkV2ScenariosCreateResponse400
    from .test_framework_v2_scenarios_destroy_response_404 import TestFrameworkV2ScenariosDestroyResponse404
    from .test_framework_v2_scenarios_discard_changes_create_body import (
        TestFrameworkV2ScenariosDiscardChangesCreateBody,
    )
    from .test_framework_v2_scenarios_discard_changes_create_response_200 import (
        TestFrameworkV2ScenariosDiscardChangesCreateResponse200,
    )
    from .test_framework_v2_scenarios_discard_changes_create_response_400 import (
        TestFrameworkV2ScenariosDiscardChangesCreateResponse400,
    )
    from .test_framework_v2_scenarios_duplicate_create_response_400 import (
        TestFrameworkV2ScenariosDuplicateCreateResponse400,
    )
    from .test_framework_v2_scenarios_improve_instructions_create_response_400 import (
        TestFrameworkV2ScenariosImproveInstructionsCreateResponse400,
    )
    from .test_framework_v2_scenarios_list_tag_filter_type import TestFrameworkV2ScenariosListTagFilterType
    from .test_framework_v2_scenarios_partial_update_response_400 import (
        TestFrameworkV2ScenariosPartialUpdateResponse400,
    )
    from .test_framework_v2_scenarios_retrieve_response_404 import TestFrameworkV2ScenariosRetrieveResponse404
    from .test_profile_data import TestProfileData
    from .test_profile_data_information import TestProfileDataInformation
    from .test_profiles_create_response_400 import TestProfilesCreateResponse400
    from .test_profiles_destroy_response_404 import TestProfilesDestroyResponse404
    from .test_profiles_external_create_response_400 import TestProfilesExternalCreateResponse400
    from .test_profiles_external_destroy_response_404 import TestProfilesExternalDestroyResponse404
    from .test_set_detail import TestSetDetail
    from .test_set_detail_source_model import TestSetDetailSourceModel
    from .test_set_inline import TestSetInline
    from .test_set_inline_source_model import TestSetInlineSourceModel
    from .test_suite_spec_upload import TestSuiteSpecUpload
    from .test_suite_spec_upload_channel import TestSuiteSpecUploadChannel
    from .test_suite_spec_upload_file import TestSuiteSpecUploadFile
    from .test_suite_spec_upload_file_channel import TestSuiteSpecUploadFileChannel
    from .test_suite_spec_upload_file_livekit_data import TestSuiteSpecUploadFileLivekitData
    from .test_suite_spec_upload_file_pipecat_data import TestSuiteSpecUploadFilePipecatData
    from .test_suite_spec_upload_livekit_data import TestSuiteSpecUploadLivekitData
    from .test_suite_spec_upload_pipecat_data import TestSuiteSpecUploadPipecatData
    from .token_refresh import TokenRefresh
    from .tool import Tool
    from .tool_subscribers_item import ToolSubscribersItem
    from .transcript_function_call_data import TranscriptFunctionCallData
    from .usage_chart_response import UsageChartResponse
    from .usage_chart_response_data_item import UsageChartResponseDataItem
    from .usage_chart_response_metadata import UsageChartResponseMetadata
    from .user_api_key import UserAPIKey
    from .user_configuration import UserConfiguration
    from .user_configuration_configuration_type import UserConfigurationConfigurationType
    from .user_inline import UserInline
    from .user_membership import UserMembership
    from .user_membership_role import UserMembershipRole
    from .vapi import VAPI
    from .view import View
    from .widget import Widget
    from .widget_aggregation_function_type_1 import WidgetAggregationFunctionType1
    from .widget_aggregation_function_type_2_type_1 import WidgetAggregationFunctionType2Type1
    from .widget_aggregation_function_type_3_type_1 import WidgetAggregationFunctionType3Type1
    from .widget_chart_type import WidgetChartType
    from .widget_data_response import WidgetDataResponse
    from .widget_data_response_data_item import WidgetDataResponseDataItem
    from .widget_data_response_metadata import WidgetDataResponseMetadata
    from .widget_data_response_metadata_data_type import WidgetDataResponseMetadataDataType
    from .widget_data_type_type_1 import WidgetDataTypeType1
    from .widget_data_type_type_2_type_1 import WidgetDataTypeType2Type1
    from .widget_data_type_type_3_type_1 import WidgetDataTypeType3Type1
    from .widget_effective_filters import WidgetEffectiveFilters
    from .widget_effective_filters_op import WidgetEffectiveFiltersOp
    from .widget_effective_filters_operator import WidgetEffectiveFiltersOperator
    from .widget_filters_type_0 import WidgetFiltersType0
    from .widget_filters_type_0_op import WidgetFiltersType0Op
    from .widget_filters_type_0_operator import WidgetFiltersType0Operator
    from .widget_time_period_type_1 import WidgetTimePeriodType1
    from .widget_time_period_type_2_type_1 import WidgetTimePeriodType2Type1
    from .widget_time_period_type_3_type_1 import WidgetTimePeriodType3Type1

_MODULES = {
    "ActiveMessageStatus": ".active_message_status",
    "ActiveMessageStatusStatus": ".active_message_status_status",
    "AgentAutoFetchErrorResponse": ".agent_auto_fetch_error_response",
    "AgentAutoFetchProgressErrorResponse": ".agent_auto_fetch_progress_error_response",
    "AgentAutoFetchProgressResponse": ".agent_auto_fetch_progress_response",
    "AgentAutoFetchProgressResponseStagesItem": ".agent_auto_fetch_progress_response_stages_item",
    "AgentAutoFetchProgressResponseStatus": ".agent_auto_fetch_progress_response_status",
    "AgentAutoFetchResponse": ".agent_auto_fetch_response",
    "AgentCredentials": ".agent_credentials",
    "AgentDynamicVariableRead": ".agent_dynamic_variable_read",
    "AgentDynamicVariableWrite": ".agent_dynamic_variable_write",
    "AgentImprovementPromoteRequest": ".agent_improvement_promote_request",
    "AgentImprovementSession": ".agent_improvement_session",
    "AgentImprovementSessionCloneState": ".agent_improvement_session_clone_state",
    "AgentImprovementSessionPromotionSummaryType0": ".agent_improvement_session_promotion_summary_type_0",
    "AgentImprovementSessionProposalSummaryType0": ".agent_improvement_session_proposal_summary_type_0",
    "AgentImprovementSessionSlackNotificationStatus": ".agent_improvement_session_slack_notification_status",
    "AgentImprovementSessionSource": ".agent_improvement_session_source",
    "AgentImprovementSessionStageStatusType1": ".agent_improvement_session_stage_status_type_1",
    "AgentImprovementSessionStageStatusType2Type1": ".agent_improvement_session_stage_status_type_2_type_1",
    "AgentImprovementSessionStageStatusType3Type1": ".agent_improvement_session_stage_status_type_3_type_1",
    "AgentImprovementSessionStageType1": ".agent_improvement_session_stage_type_1",
    "AgentImprovementSessionStageType2Type1": ".agent_improvement_session_stage_type_2_type_1",
    "AgentImprovementSessionStageType3Type1": ".agent_improvement_session_stage_type_3_type_1",
    "AgentImprovementSessionStatus": ".agent_improvement_session_status",
    "AgentImprovementSessionUserGuidanceItem": ".agent_improvement_session_user_guidance_item",
    "AgentKnowledgeBaseFileWrite": ".agent_knowledge_base_file_write",
    "AgentMockToolRead": ".agent_mock_tool_read",
    "AgentMockToolServedVia": ".agent_mock_tool_served_via",
    "AgentMockToolServedViaType": ".agent_mock_tool_served_via_type",
    "AgentMockToolServedViaWrite": ".agent_mock_tool_served_via_write",
    "AgentMockToolServedViaWriteType": ".agent_mock_tool_served_via_write_type",
    "AgentMockToolWrite": ".agent_mock_tool_write",
    "AgentProvider": ".agent_provider",
    "AgentProviderRedactFieldsType0Item": ".agent_provider_redact_fields_type_0_item",
    "AgentProviderType": ".agent_provider_type",
    "AgentTelephony": ".agent_telephony",
    "Agentforce": ".agentforce",
    "AIAgent": ".ai_agent",
    "AIAgentAssistantProvider": ".ai_agent_assistant_provider",
    "AIAgentConfigureFromProviderResponse": ".ai_agent_configure_from_provider_response",
    "AIAgentDynamicVariable": ".ai_agent_dynamic_variable",
    "AIAgentHistory": ".ai_agent_history",
    "AIAgentHistoryHistoryType": ".ai_agent_history_history_type",
    "AIAgentHistoryLanguage": ".ai_agent_history_language",
    "AIAgentLanguage": ".ai_agent_language",
    "AIAgentList": ".ai_agent_list",
    "AIAgentListLanguage": ".ai_agent_list_language",
    "AIAgentLlmModel": ".ai_agent_llm_model",
    "AIAgentRestoreRequest": ".ai_agent_restore_request",
    "AIAgentTestProfile": ".ai_agent_test_profile",
    "AIAgentTestProfileList": ".ai_agent_test_profile_list",
    "AIAgentTranscriptProvider": ".ai_agent_transcript_provider",
    "AIAgentV2": ".ai_agent_v2",
    "AIAgentV2Language": ".ai_agent_v2_language",
    "AIAgentWebsocketHeaders": ".ai_agent_websocket_headers",
    "AiagentsCreateResponse400": ".aiagents_create_response_400",
    "AiagentsDeleteKnowledgeBaseDestroyResponse200": ".aiagents_delete_knowledge_base_destroy_response_200",
    "AiagentsDeleteKnowledgeBaseDestroyResponse400": ".aiagents_delete_knowledge_base_destroy_response_400",
    "AiagentsDestroyResponse400": ".aiagents_destroy_response_400",
    "AiagentsDisablePersonalitiesCreateResponse400": ".aiagents_disable_personalities_create_response_400",
    "AiagentsDuplicateCreateResponse400": ".aiagents_duplicate_create_response_400",
    "AiagentsEnablePersonalitiesCreateResponse400": ".aiagents_enable_personalities_create_response_400",
    "AiagentsKnowledgeBaseListResponse404": ".aiagents_knowledge_base_list_response_404",
    "AiagentsPartialUpdateResponse400": ".aiagents_partial_update_response_400",
    "AiagentsRetrieveResponse404": ".aiagents_retrieve_response_404",
    "AiagentsToolDestroyResponse404": ".aiagents_tool_destroy_response_404",
    "AiagentsUpdateResponse400": ".aiagents_update_response_400",
    "AiagentsUploadKnowledgeBase2FilesBody": ".aiagents_upload_knowledge_base_2_files_body",
    "AiagentsUploadKnowledgeBase2JsonBody": ".aiagents_upload_knowledge_base_2_json_body",
    "AiagentsUploadKnowledgeBase2JsonBodyFilesItem": ".aiagents_upload_knowledge_base_2_json_body_files_item",
    "AiagentsUploadKnowledgeBase2Response400": ".aiagents_upload_knowledge_base_2_response_400",
    "AiagentsUploadKnowledgeBaseFilesBody": ".aiagents_upload_knowledge_base_files_body",
    "AiagentsUploadKnowledgeBaseJsonBody": ".aiagents_upload_knowledge_base_json_body",
    "AiagentsUploadKnowledgeBaseJsonBodyFilesItem": ".aiagents_upload_knowledge_base_json_body_files_item",
    "AiagentsUploadKnowledgeBaseResponse400": ".aiagents_upload_knowledge_base_response_400",
    "AiagentsV1CreateResponse400": ".aiagents_v1_create_response_400",
    "AiagentsV1DeleteKnowledgeBaseDestroyResponse200": ".aiagents_v1_delete_knowledge_base_destroy_response_200",
    "AiagentsV1DeleteKnowledgeBaseDestroyResponse400": ".aiagents_v1_delete_knowledge_base_destroy_response_400",
    "AiagentsV1DestroyResponse400": ".aiagents_v1_destroy_response_400",
    "AiagentsV1DuplicateCreateResponse400": ".aiagents_v1_duplicate_create_response_400",
    "AiagentsV1KnowledgeBaseListResponse404": ".aiagents_v1_knowledge_base_list_response_404",
    "AiagentsV1ListResponse404": ".aiagents_v1_list_response_404",
    "AiagentsV1PartialUpdateResponse400": ".aiagents_v1_partial_update_response_400",
    "AiagentsV1RetrieveResponse404": ".aiagents_v1_retrieve_response_404",
    "AiagentsV1UpdateResponse400": ".aiagents_v1_update_response_400",
    "AlertCreate": ".alert_create",
    "AlertCreatePreset": ".alert_create_preset",
    "AlertCreateSourceType": ".alert_create_source_type",
    "AlertDetail": ".alert_detail",
    "AlertDetailSourceObjectDetails": ".alert_detail_source_object_details",
    "AlertDetailSourceType": ".alert_detail_source_type",
    "AlertList": ".alert_list",
    "AlertListSourceType": ".alert_list_source_type",
    "AlertUpdate": ".alert_update",
    "AlertUpdatePreset": ".alert_update_preset",
    "AlertsListSourceType": ".alerts_list_source_type",
    "AmazonConnectChatConfig": ".amazon_connect_chat_config",
    "AmazonConnectConfig": ".amazon_connect_config",
    "ApiChatFinish": ".api_chat_finish",
    "ApiChatFinishResponse": ".api_chat_finish_response",
    "ApiChatTurn": ".api_chat_turn",
    "ApiChatTurnData": ".api_chat_turn_data",
    "ApiChatTurnMetadata": ".api_chat_turn_metadata",
    "ApiChatTurnPollResponse": ".api_chat_turn_poll_response",
    "ApiChatTurnRole": ".api_chat_turn_role",
    "ApiChatTurnSubmitResponse": ".api_chat_turn_submit_response",
    "AskAboutFailuresReportsRequest": ".ask_about_failures_reports_request",
    "AskAboutFailuresRequest": ".ask_about_failures_request",
    "AuditLog": ".audit_log",
    "AuditLogActionTypeType1": ".audit_log_action_type_type_1",
    "AuditLogActionTypeType2Type1": ".audit_log_action_type_type_2_type_1",
    "AuditLogActionTypeType3Type1": ".audit_log_action_type_type_3_type_1",
    "AuditLogOperationTypeType1": ".audit_log_operation_type_type_1",
    "AuditLogOperationTypeType2Type1": ".audit_log_operation_type_type_2_type_1",
    "AuditLogOperationTypeType3Type1": ".audit_log_operation_type_type_3_type_1",
    "AutoFetchErrorResponse": ".auto_fetch_error_response",
    "AutoFetchProgressErrorResponse": ".auto_fetch_progress_error_response",
    "AutoFetchProgressResponse": ".auto_fetch_progress_response",
    "AutoFetchProgressResponseStatus": ".auto_fetch_progress_response_status",
    "AutoFetchToolsRequest": ".auto_fetch_tools_request",
    "AutoFetchToolsRequestMcpServerHeaders": ".auto_fetch_tools_request_mcp_server_headers",
    "AutoFetchToolsRequestProvider": ".auto_fetch_tools_request_provider",
    "AutoFetchToolsResponse": ".auto_fetch_tools_response",
    "Billing": ".billing",
    "BillingInfo": ".billing_info",
    "BillingType": ".billing_type",
    "BlandChatConfig": ".bland_chat_config",
    "BlandConfig": ".bland_config",
    "BulkAgentAssignment": ".bulk_agent_assignment",
    "BulkAgentAssignmentMode": ".bulk_agent_assignment_mode",
    "BulkAgentAssignmentResponse": ".bulk_agent_assignment_response",
    "BulkDeleteResults2Response400": ".bulk_delete_results_2_response_400",
    "BulkDeleteResults3Response400": ".bulk_delete_results_3_response_400",
    "BulkDeleteResultsResponse400": ".bulk_delete_results_response_400",
    "BulkEvaluateResultMetrics2Response400": ".bulk_evaluate_result_metrics_2_response_400",
    "BulkEvaluateResultMetrics3Response400": ".bulk_evaluate_result_metrics_3_response_400",
    "BulkEvaluateResultMetricsResponse400": ".bulk_evaluate_result_metrics_response_400",
    "BulkImportPlivoNumber": ".bulk_import_plivo_number",
    "BulkImportPlivoNumberPhoneNumbersItem": ".bulk_import_plivo_number_phone_numbers_item",
    "BulkImportPlivoResponse": ".bulk_import_plivo_response",
    "BulkImportPlivoResponseSummary": ".bulk_import_plivo_response_summary",
    "BulkImportResponse": ".bulk_import_response",
    "BulkImportResponseSummary": ".bulk_import_response_summary",
    "BulkImportTelnyxNumber": ".bulk_import_telnyx_number",
    "BulkImportTelnyxNumberPhoneNumbersItem": ".bulk_import_telnyx_number_phone_numbers_item",
    "BulkImportTelnyxResponse": ".bulk_import_telnyx_response",
    "BulkImportTelnyxResponseSummary": ".bulk_import_telnyx_response_summary",
    "BulkImportTwilioNumber": ".bulk_import_twilio_number",
    "BulkImportTwilioNumberPhoneNumbersItem": ".bulk_import_twilio_number_phone_numbers_item",
    "BulkWidgetDataRequest": ".bulk_widget_data_request",
    "BulkWidgetDataRequestFilters": ".bulk_widget_data_request_filters",
    "BulkWidgetDataRequestFiltersOp": ".bulk_widget_data_request_filters_op",
    "BulkWidgetDataRequestFiltersOperator": ".bulk_widget_data_request_filters_operator",
    "BulkWidgetOperationRequest": ".bulk_widget_operation_request",
    "BulkWidgetOperationRequestCreateItem": ".bulk_widget_operation_request_create_item",
    "BulkWidgetOperationRequestUpdateItem": ".bulk_widget_operation_request_update_item",
    "BulkWidgetOperationResponse": ".bulk_widget_operation_response",
    "BulkWidgetOperationResponseErrorsItem": ".bulk_widget_operation_response_errors_item",
    "CallLogCriticalCategories": ".call_log_critical_categories",
    "CallLogCriticalCategoriesPriority": ".call_log_critical_categories_priority",
    "CallLogDetail": ".call_log_detail",
    "CallLogDetailDynamicVariables": ".call_log_detail_dynamic_variables",
    "CallLogDetailMetadata": ".call_log_detail_metadata",
    "CallLogDetailStatus": ".call_log_detail_status",
    "CallLogList": ".call_log_list",
    "CallLogListSerializerMetrics": ".call_log_list_serializer_metrics",
    "CallLogListSerializerMetricsWithExplanation": ".call_log_list_serializer_metrics_with_explanation",
    "CallLogListSerializerMetricsWithExplanationExtra": ".call_log_list_serializer_metrics_with_explanation_extra",
    "CallLogListStatus": ".call_log_list_status",
    "CallLogTraceResponse": ".call_log_trace_response",
    "CallLogTranscriptObject": ".call_log_transcript_object",
    "CallLogsBulkDelete2Response400": ".call_logs_bulk_delete_2_response_400",
    "CallLogsBulkDelete3Response400": ".call_logs_bulk_delete_3_response_400",
    "CallLogsBulkDeleteResponse400": ".call_logs_bulk_delete_response_400",
    "CallLogsCreateScenarios2Response200": ".call_logs_create_scenarios_2_response_200",
    "CallLogsCreateScenarios2Response400": ".call_logs_create_scenarios_2_response_400",
    "CallLogsCreateScenarios2Response403": ".call_logs_create_scenarios_2_response_403",
    "CallLogsCreateScenarios3Response200": ".call_logs_create_scenarios_3_response_200",
    "CallLogsCreateScenarios3Response400": ".call_logs_create_scenarios_3_response_400",
    "CallLogsCreateScenarios3Response403": ".call_logs_create_scenarios_3_response_403",
    "CallLogsCreateScenariosProgress2Response400": ".call_logs_create_scenarios_progress_2_response_400",
    "CallLogsCreateScenariosProgress3Response400": ".call_logs_create_scenarios_progress_3_response_400",
    "CallLogsCreateScenariosProgressResponse400": ".call_logs_create_scenarios_progress_response_400",
    "CallLogsCreateScenariosResponse200": ".call_logs_create_scenarios_response_200",
    "CallLogsCreateScenariosResponse400": ".call_logs_create_scenarios_response_400",
    "CallLogsCreateScenariosResponse403": ".call_logs_create_scenarios_response_403",
    "CallLogsDestroyResponse404": ".call_logs_destroy_response_404",
    "CallLogsEvaluateMetricsCreateResponse400": ".call_logs_evaluate_metrics_create_response_400",
    "CallLogsExternalDestroyResponse404": ".call_logs_external_destroy_response_404",
    "CallLogsExternalEvaluateMetricsCreateResponse400": ".call_logs_external_evaluate_metrics_create_response_400",
    "CallLogsExternalMarkMetricVoteCreateResponse400": ".call_logs_external_mark_metric_vote_create_response_400",
    "CallLogsExternalMarkMetricVoteCreateResponse404": ".call_logs_external_mark_metric_vote_create_response_404",
    "CallLogsExternalRerunEvaluationCreateResponse400": ".call_logs_external_rerun_evaluation_create_response_400",
    "CallLogsExternalRetrieveResponse404": ".call_logs_external_retrieve_response_404",
    "CallLogsMarkMetricVoteCreateResponse400": ".call_logs_mark_metric_vote_create_response_400",
    "CallLogsMarkMetricVoteCreateResponse404": ".call_logs_mark_metric_vote_create_response_404",
    "CallLogsRerunEvaluationCreateResponse400": ".call_logs_rerun_evaluation_create_response_400",
    "CallLogsRetrieveResponse404": ".call_logs_retrieve_response_404",
    "ChatAgentDetails": ".chat_agent_details",
    "ChatAgentDetailsType": ".chat_agent_details_type",
    "CheckoutTokenRequest": ".checkout_token_request",
    "CleanMetricDescriptionRequest": ".clean_metric_description_request",
    "CleanMetricDescriptionRequestEvalType": ".clean_metric_description_request_eval_type",
    "Condition": ".condition",
    "ConditionAudioEntry": ".condition_audio_entry",
    "ConditionType": ".condition_type",
    "ConditionalActions": ".conditional_actions",
    "ConversationContextItem": ".conversation_context_item",
    "ConversationContextItemRole": ".conversation_context_item_role",
    "ConversationStatus": ".conversation_status",
    "CreateCallLog": ".create_call_log",
    "CreateCallLogRedactFieldsItem": ".create_call_log_redact_fields_item",
    "CreateCallLogTranscriptType": ".create_call_log_transcript_type",
    "CreateCallLogUpload": ".create_call_log_upload",
    "CreateCallLogUploadRedactFieldsItem": ".create_call_log_upload_redact_fields_item",
    "CreateCallLogUploadTranscriptType": ".create_call_log_upload_transcript_type",
    "CreateFromRunsRequest": ".create_from_runs_request",
    "CreatePersonality": ".create_personality",
    "CreatePersonalityLanguage": ".create_personality_language",
    "CreatePersonalityProvider": ".create_personality_provider",
    "CreateShareableLinkToken2Response400": ".create_shareable_link_token_2_response_400",
    "CreateShareableLinkToken3Response400": ".create_shareable_link_token_3_response_400",
    "CreateShareableLinkTokenResponse400": ".create_shareable_link_token_response_400",
    "CriticalMetricCategory": ".critical_metric_category",
    "CriticalMetricCategoryPriority": ".critical_metric_category_priority",
    "CriticalMetricScenario": ".critical_metric_scenario",
    "CriticalMetricScenarioPriority": ".critical_metric_scenario_priority",
    "CriticalMetricScenariosExternalPartialUpdateResponse400": ".critical_metric_scenarios_external_partial_update_response_400",
    "CriticalMetricScenariosExternalRetrieveResponse404": ".critical_metric_scenarios_external_retrieve_response_404",
    "CriticalMetricScenariosPartialUpdateResponse400": ".critical_metric_scenarios_partial_update_response_400",
    "CriticalMetricScenariosRetrieveResponse404": ".critical_metric_scenarios_retrieve_response_404",
    "CronJob": ".cron_job",
    "CronJobCreatedViaType1": ".cron_job_created_via_type_1",
    "CronJobCreatedViaType2Type1": ".cron_job_created_via_type_2_type_1",
    "CronJobCreatedViaType3Type1": ".cron_job_created_via_type_3_type_1",
    "CronJobExecutionMode": ".cron_job_execution_mode",
    "CronJobNotifyOn": ".cron_job_notify_on",
    "CustomTokenObtainPair": ".custom_token_obtain_pair",
    "Dashboard": ".dashboard",
    "DashboardFiltersType0": ".dashboard_filters_type_0",
    "DashboardFiltersType0Op": ".dashboard_filters_type_0_op",
    "DashboardFiltersType0Operator": ".dashboard_filters_type_0_operator",
    "DashboardList": ".dashboard_list",
    "DashboardListFiltersType0": ".dashboard_list_filters_type_0",
    "DashboardListFiltersType0Op": ".dashboard_list_filters_type_0_op",
    "DashboardListFiltersType0Operator": ".dashboard_list_filters_type_0_operator",
    "DeepResearchInsight": ".deep_research_insight",
    "DeepResearchInsightGenerate": ".deep_research_insight_generate",
    "DeepResearchInsightStatus": ".deep_research_insight_status",
    "DeepResearchModeDismissalCreate": ".deep_research_mode_dismissal_create",
    "DeleteCallLogs": ".delete_call_logs",
    "DeleteFolderRequest": ".delete_folder_request",
    "DeleteRuns2Response400": ".delete_runs_2_response_400",
    "DeleteRuns2Response404": ".delete_runs_2_response_404",
    "DeleteRuns3Response400": ".delete_runs_3_response_400",
    "DeleteRuns3Response404": ".delete_runs_3_response_404",
    "DeleteRunsResponse400": ".delete_runs_response_400",
    "DeleteRunsResponse404": ".delete_runs_response_404",
    "DisablePersonalitiesRequest": ".disable_personalities_request",
    "DisablePersonalitiesResponse": ".disable_personalities_response",
    "DiscordServer": ".discord_server",
    "DuplicateDashboardRequest": ".duplicate_dashboard_request",
    "DuplicateScenariosRequest": ".duplicate_scenarios_request",
    "ElevenLabs": ".eleven_labs",
    "ElevenLabsElevenlabsRegion": ".eleven_labs_elevenlabs_region",
    "EnableDisablePersonalities": ".enable_disable_personalities",
    "EnablePersonalitiesRequest": ".enable_personalities_request",
    "EndCall2Response404": ".end_call_2_response_404",
    "EndCall3Response404": ".end_call_3_response_404",
    "EndCallResponse404": ".end_call_response_404",
    "EndCalls2Response404": ".end_calls_2_response_404",
    "EndCalls3Response404": ".end_calls_3_response_404",
    "EndCallsResponse404": ".end_calls_response_404",
    "EvaluateLlmJudgeMetricRequest": ".evaluate_llm_judge_metric_request",
    "EvaluateLlmJudgeMetricResponse": ".evaluate_llm_judge_metric_response",
    "EvaluateMetrics": ".evaluate_metrics",
    "Evaluation": ".evaluation",
    "ExpectedOutcome": ".expected_outcome",
    "ExportScenarios2ExportType": ".export_scenarios_2_export_type",
    "ExportScenarios2Response400": ".export_scenarios_2_response_400",
    "ExportScenarios2Response404": ".export_scenarios_2_response_404",
    "ExportScenarios3ExportType": ".export_scenarios_3_export_type",
    "ExportScenarios3Response400": ".export_scenarios_3_response_400",
    "ExportScenarios3Response404": ".export_scenarios_3_response_404",
    "ExportScenariosExportType": ".export_scenarios_export_type",
    "ExportScenariosResponse400": ".export_scenarios_response_400",
    "ExportScenariosResponse404": ".export_scenarios_response_404",
    "FailureCategoryCallsResponse": ".failure_category_calls_response",
    "ForkPersonality": ".fork_personality",
    "GenerateClarifyAnswer": ".generate_clarify_answer",
    "GenerateCleanDescriptionBgResponse": ".generate_clean_description_bg_response",
    "GenerateCleanDescriptionProgressResponse": ".generate_clean_description_progress_response",
    "Genesys": ".genesys",
    "ImportPlivoNumber": ".import_plivo_number",
    "ImportTelnyxNumber": ".import_telnyx_number",
    "ImportTwilioNumber": ".import_twilio_number",
    "ImproveInstructionsResponse": ".improve_instructions_response",
    "InsightMetricConfig": ".insight_metric_config",
    "InsightReproductionRequest": ".insight_reproduction_request",
    "InsightReproductionSession": ".insight_reproduction_session",
    "InsightReproductionSessionStatus": ".insight_reproduction_session_status",
    "Invite": ".invite",
    "InviteInviteType": ".invite_invite_type",
    "InviteRole": ".invite_role",
    "InviteStatus": ".invite_status",
    "KnowledgeBaseConnector": ".knowledge_base_connector",
    "KnowledgeBaseConnectorConnectorType": ".knowledge_base_connector_connector_type",
    "KnowledgeBaseConnectorList": ".knowledge_base_connector_list",
    "KnowledgeBaseConnectorListConnectorType": ".knowledge_base_connector_list_connector_type",
    "KnowledgeBaseFile": ".knowledge_base_file",
    "KoreAi": ".kore_ai",
    "LiveKit": ".live_kit",
    "LivekitRunDataOverride": ".livekit_run_data_override",
    "LivekitScenario": ".livekit_scenario",
    "MarkMetricVote": ".mark_metric_vote",
    "MarkMetricVoteCallLogResponse": ".mark_metric_vote_call_log_response",
    "MarkMetricVoteRunResponse": ".mark_metric_vote_run_response",
    "MembershipInline": ".membership_inline",
    "MembershipInlineRole": ".membership_inline_role",
    "MetricBasicList": ".metric_basic_list",
    "MetricBasicListAlertType": ".metric_basic_list_alert_type",
    "MetricBasicListEvalType": ".metric_basic_list_eval_type",
    "MetricDetailSerializerV2": ".metric_detail_serializer_v2",
    "MetricDetailSerializerV2AlertType": ".metric_detail_serializer_v2_alert_type",
    "MetricDetailSerializerV2EvalType": ".metric_detail_serializer_v2_eval_type",
    "MetricDetailSerializerV2EvaluationTrigger": ".metric_detail_serializer_v2_evaluation_trigger",
    "MetricDetailSerializerV2SignificantChangeAlertDirection": ".metric_detail_serializer_v2_significant_change_alert_direction",
    "MetricDetailSerializerV2SignificantChangeAlertStatus": ".metric_detail_serializer_v2_significant_change_alert_status",
    "MetricDetailSerializerV2TriggerType": ".metric_detail_serializer_v2_trigger_type",
    "MetricDetailSerializerV2Type": ".metric_detail_serializer_v2_type",
    "MetricDetailV2": ".metric_detail_v2",
    "MetricDetailV2AlertType": ".metric_detail_v2_alert_type",
    "MetricDetailV2EvalType": ".metric_detail_v2_eval_type",
    "MetricDetailV2EvaluationTrigger": ".metric_detail_v2_evaluation_trigger",
    "MetricDetailV2SignificantChangeAlertDirection": ".metric_detail_v2_significant_change_alert_direction",
    "MetricDetailV2SignificantChangeAlertStatus": ".metric_detail_v2_significant_change_alert_status",
    "MetricDetailV2TriggerType": ".metric_detail_v2_trigger_type",
    "MetricDetailV2Type": ".metric_detail_v2_type",
    "MetricEditSerializerV2": ".metric_edit_serializer_v2",
    "MetricEditSerializerV2AlertType": ".metric_edit_serializer_v2_alert_type",
    "MetricEditSerializerV2EvalType": ".metric_edit_serializer_v2_eval_type",
    "MetricEditSerializerV2EvaluationTrigger": ".metric_edit_serializer_v2_evaluation_trigger",
    "MetricEditSerializerV2LlmProvider": ".metric_edit_serializer_v2_llm_provider",
    "MetricEditSerializerV2RelevanceLlmProvider": ".metric_edit_serializer_v2_relevance_llm_provider",
    "MetricEditSerializerV2SignificantChangeAlertDirection": ".metric_edit_serializer_v2_significant_change_alert_direction",
    "MetricEditSerializerV2SignificantChangeAlertStatus": ".metric_edit_serializer_v2_significant_change_alert_status",
    "MetricEditSerializerV2TriggerType": ".metric_edit_serializer_v2_trigger_type",
    "MetricEditSerializerV2Type": ".metric_edit_serializer_v2_type",
    "MetricFailureModeFixMetric": ".metric_failure_mode_fix_metric",
    "MetricFailureModeInsight": ".metric_failure_mode_insight",
    "MetricFailureModeInsightBulkGenerate": ".metric_failure_mode_insight_bulk_generate",
    "MetricFailureModeInsightGenerate": ".metric_failure_mode_insight_generate",
    "MetricFailureModeInsightGenerateScenario": ".metric_failure_mode_insight_generate_scenario",
    "MetricFailureModeInsightStatus": ".metric_failure_mode_insight_status",
    "MetricHistory": ".metric_history",
    "MetricHistoryAlertType": ".metric_history_alert_type",
    "MetricHistoryEvalType": ".metric_history_eval_type",
    "MetricHistoryEvaluationTrigger": ".metric_history_evaluation_trigger",
    "MetricHistoryHistoryType": ".metric_history_history_type",
    "MetricHistoryLlmProvider": ".metric_history_llm_provider",
    "MetricHistoryRelevanceLlmProvider": ".metric_history_relevance_llm_provider",
    "MetricHistorySignificantChangeAlertDirection": ".metric_history_significant_change_alert_direction",
    "MetricHistorySignificantChangeAlertStatus": ".metric_history_significant_change_alert_status",
    "MetricHistoryTriggerType": ".metric_history_trigger_type",
    "MetricHistoryType": ".metric_history_type",
    "MetricList": ".metric_list",
    "MetricListAlertType": ".metric_list_alert_type",
    "MetricListEvalType": ".metric_list_eval_type",
    "MetricListEvaluationTrigger": ".metric_list_evaluation_trigger",
    "MetricListSerializerV2": ".metric_list_serializer_v2",
    "MetricListSerializerV2AlertType": ".metric_list_serializer_v2_alert_type",
    "MetricListSerializerV2EvalType": ".metric_list_serializer_v2_eval_type",
    "MetricListSerializerV2EvaluationTrigger": ".metric_list_serializer_v2_evaluation_trigger",
    "MetricListSerializerV2SignificantChangeAlertDirection": ".metric_list_serializer_v2_significant_change_alert_direction",
    "MetricListSerializerV2SignificantChangeAlertStatus": ".metric_list_serializer_v2_significant_change_alert_status",
    "MetricListSerializerV2TriggerType": ".metric_list_serializer_v2_trigger_type",
    "MetricListSerializerV2Type": ".metric_list_serializer_v2_type",
    "MetricListSignificantChangeAlertDirection": ".metric_list_significant_change_alert_direction",
    "MetricListSignificantChangeAlertStatus": ".metric_list_significant_change_alert_status",
    "MetricListTriggerType": ".metric_list_trigger_type",
    "MetricListType": ".metric_list_type",
    "MetricOptimiserCronJob": ".metric_optimiser_cron_job",
    "MetricOptimiserCronJobCreatedViaType1": ".metric_optimiser_cron_job_created_via_type_1",
    "MetricOptimiserCronJobCreatedViaType2Type1": ".metric_optimiser_cron_job_created_via_type_2_type_1",
    "MetricOptimiserCronJobCreatedViaType3Type1": ".metric_optimiser_cron_job_created_via_type_3_type_1",
    "MetricOptimiserCronJobNotifyOn": ".metric_optimiser_cron_job_notify_on",
    "MetricOptimizerChatSession": ".metric_optimizer_chat_session",
    "MetricOptimizerChatSessionStatus": ".metric_optimizer_chat_session_status",
    "MetricPreview": ".metric_preview",
    "MetricPreviewData": ".metric_preview_data",
    "MetricPreviewDataEvalType": ".metric_preview_data_eval_type",
    "MetricPreviewDataEvaluationTrigger": ".metric_preview_data_evaluation_trigger",
    "MetricPreviewDataTriggerType": ".metric_preview_data_trigger_type",
    "MetricPreviewDataType": ".metric_preview_data_type",
    "MetricReorderResponse": ".metric_reorder_response",
    "MetricRestoreRequest": ".metric_restore_request",
    "MetricReviewDetail": ".metric_review_detail",
    "MetricReviewInline": ".metric_review_inline",
    "MetricRollingStats": ".metric_rolling_stats",
    "MetricRollingStatsPatch": ".metric_rolling_stats_patch",
    "MetricWithFeedback": ".metric_with_feedback",
    "MetricsBulkCreate2Response400": ".metrics_bulk_create_2_response_400",
    "MetricsBulkCreate3Response400": ".metrics_bulk_create_3_response_400",
    "MetricsBulkCreateResponse400": ".metrics_bulk_create_response_400",
    "MetricsCreateResponse400": ".metrics_create_response_400",
    "MetricsDestroyResponse404": ".metrics_destroy_response_404",
    "MetricsGenerate2Response400": ".metrics_generate_2_response_400",
    "MetricsGenerate3Response400": ".metrics_generate_3_response_400",
    "MetricsGenerateResponse400": ".metrics_generate_response_400",
    "MetricsPartialUpdateResponse400": ".metrics_partial_update_response_400",
    "MetricsPartialUpdateResponse404": ".metrics_partial_update_response_404",
    "MetricsRetrieveResponse404": ".metrics_retrieve_response_404",
    "MetricsUpdateResponse400": ".metrics_update_response_400",
    "MetricsV1CreateResponse400": ".metrics_v1_create_response_400",
    "MetricsV1DestroyResponse404": ".metrics_v1_destroy_response_404",
    "MetricsV1ExternalCreateResponse400": ".metrics_v1_external_create_response_400",
    "MetricsV1ExternalDestroyResponse404": ".metrics_v1_external_destroy_response_404",
    "MetricsV1ExternalPartialUpdateResponse400": ".metrics_v1_external_partial_update_response_400",
    "MetricsV1ExternalRetrieveResponse404": ".metrics_v1_external_retrieve_response_404",
    "MetricsV1ExternalUpdateResponse400": ".metrics_v1_external_update_response_400",
    "MetricsV1PartialUpdateResponse400": ".metrics_v1_partial_update_response_400",
    "MetricsV1RetrieveResponse404": ".metrics_v1_retrieve_response_404",
    "MetricsV1UpdateResponse400": ".metrics_v1_update_response_400",
    "MockStatusMCPEndpoint": ".mock_status_mcp_endpoint",
    "MockStatusResponse": ".mock_status_response",
    "MockStatusToolEndpoint": ".mock_status_tool_endpoint",
    "MoveFolderRequest": ".move_folder_request",
    "Notification": ".notification",
    "NotificationSeverity": ".notification_severity",
    "ObservabilityV2CallLogsDestroyResponse404": ".observability_v2_call_logs_destroy_response_404",
    "ObservabilityV2CallLogsEvaluateMetricsCreateResponse400": ".observability_v2_call_logs_evaluate_metrics_create_response_400",
    "ObservabilityV2CallLogsMarkMetricVoteCreateResponse400": ".observability_v2_call_logs_mark_metric_vote_create_response_400",
    "ObservabilityV2CallLogsMarkMetricVoteCreateResponse404": ".observability_v2_call_logs_mark_metric_vote_create_response_404",
    "ObservabilityV2CallLogsPartialUpdate2Response400": ".observability_v2_call_logs_partial_update_2_response_400",
    "ObservabilityV2CallLogsPartialUpdate2Response404": ".observability_v2_call_logs_partial_update_2_response_404",
    "ObservabilityV2CallLogsPartialUpdate3Response400": ".observability_v2_call_logs_partial_update_3_response_400",
    "ObservabilityV2CallLogsPartialUpdate3Response404": ".observability_v2_call_logs_partial_update_3_response_404",
    "ObservabilityV2CallLogsPartialUpdateResponse400": ".observability_v2_call_logs_partial_update_response_400",
    "ObservabilityV2CallLogsPartialUpdateResponse404": ".observability_v2_call_logs_partial_update_response_404",
    "ObservabilityV2CallLogsRerunEvaluationCreateResponse400": ".observability_v2_call_logs_rerun_evaluation_create_response_400",
    "ObservabilityV2CallLogsRetrieveResponse404": ".observability_v2_call_logs_retrieve_response_404",
    "ObserveCreateResponse400": ".observe_create_response_400",
    "OpenPRRequest": ".open_pr_request",
    "OptimizerChatMessageRequest": ".optimizer_chat_message_request",
    "OptimizerChatRegressionReviewItem": ".optimizer_chat_regression_review_item",
    "OptimizerChatRegressionReviewItemSourceType": ".optimizer_chat_regression_review_item_source_type",
    "OptimizerChatReoptimizeRequest": ".optimizer_chat_reoptimize_request",
    "OptimizerChatStartRequest": ".optimizer_chat_start_request",
    "Organization": ".organization",
    "OrganizationCronjobLowBalanceMuteDays": ".organization_cronjob_low_balance_mute_days",
    "OrganizationInline": ".organization_inline",
    "OrganizationOnboardingFlow": ".organization_onboarding_flow",
    "OrganizationTeamSize": ".organization_team_size",
    "OrganizationTimezone": ".organization_timezone",
    "OutcomeAlignment": ".outcome_alignment",
    "OverallEvaluation": ".overall_evaluation",
    "Pack": ".pack",
    "PackAccessRequest": ".pack_access_request",
    "PackAccessRequestStatus": ".pack_access_request_status",
    "PackBillingType": ".pack_billing_type",
    "PackInline": ".pack_inline",
    "PackInlineBillingType": ".pack_inline_billing_type",
    "PackInlineInterval": ".pack_inline_interval",
    "PackInterval": ".pack_interval",
    "PaginatedAIAgentHistoryList": ".paginated_ai_agent_history_list",
    "PaginatedAIAgentList": ".paginated_ai_agent_list",
    "PaginatedAIAgentListList": ".paginated_ai_agent_list_list",
    "PaginatedAIAgentV2List": ".paginated_ai_agent_v2_list",
    "PaginatedAuditLogList": ".paginated_audit_log_list",
    "PaginatedCallLogListList": ".paginated_call_log_list_list",
    "PaginatedConditionAudioEntryList": ".paginated_condition_audio_entry_list",
    "PaginatedCriticalMetricCategoryList": ".paginated_critical_metric_category_list",
    "PaginatedCriticalMetricScenarioList": ".paginated_critical_metric_scenario_list",
    "PaginatedDashboardListList": ".paginated_dashboard_list_list",
    "PaginatedKnowledgeBaseFileList": ".paginated_knowledge_base_file_list",
    "PaginatedMetricHistoryList": ".paginated_metric_history_list",
    "PaginatedMetricRollingStatsList": ".paginated_metric_rolling_stats_list",
    "PaginatedNotificationList": ".paginated_notification_list",
    "PaginatedOrganizationList": ".paginated_organization_list",
    "PaginatedPersonalityList": ".paginated_personality_list",
    "PaginatedResultList": ".paginated_result_list",
    "PaginatedRunListList": ".paginated_run_list_list",
    "PaginatedScenarioFolderList": ".paginated_scenario_folder_list",
    "PaginatedScenarioHistoryList": ".paginated_scenario_history_list",
    "PaginatedScenarioList": ".paginated_scenario_list",
    "PaginatedScenarioListList": ".paginated_scenario_list_list",
    "PaginatedToolList": ".paginated_tool_list",
    "PaginatedUserConfigurationList": ".paginated_user_configuration_list",
    "PaginatedViewList": ".paginated_view_list",
    "PaginatedWidgetDataResponseList": ".paginated_widget_data_response_list",
    "PaginatedWidgetList": ".paginated_widget_list",
    "PatchedAIAgentDynamicVariable": ".patched_ai_agent_dynamic_variable",
    "PatchedAIAgentEditHistoryRequest": ".patched_ai_agent_edit_history_request",
    "PatchedAlertUpdate": ".patched_alert_update",
    "PatchedAlertUpdatePreset": ".patched_alert_update_preset",
    "PatchedCreatePersonality": ".patched_create_personality",
    "PatchedCreatePersonalityLanguage": ".patched_create_personality_language",
    "PatchedCreatePersonalityProvider": ".patched_create_personality_provider",
    "PatchedCriticalMetricCategory": ".patched_critical_metric_category",
    "PatchedCriticalMetricCategoryPriority": ".patched_critical_metric_category_priority",
    "PatchedDashboard": ".patched_dashboard",
    "PatchedDashboardFiltersType0": ".patched_dashboard_filters_type_0",
    "PatchedDashboardFiltersType0Op": ".patched_dashboard_filters_type_0_op",
    "PatchedDashboardFiltersType0Operator": ".patched_dashboard_filters_type_0_operator",
    "PatchedDiscordServer": ".patched_discord_server",
    "PatchedInvite": ".patched_invite",
    "PatchedInviteInviteType": ".patched_invite_invite_type",
    "PatchedInviteRole": ".patched_invite_role",
    "PatchedInviteStatus": ".patched_invite_status",
    "PatchedKnowledgeBaseConnector": ".patched_knowledge_base_connector",
    "PatchedKnowledgeBaseConnectorConnectorType": ".patched_knowledge_base_connector_connector_type",
    "PatchedMetricEditHistoryRequest": ".patched_metric_edit_history_request",
    "PatchedMetricEditSerializerV2": ".patched_metric_edit_serializer_v2",
    "PatchedMetricEditSerializerV2AlertType": ".patched_metric_edit_serializer_v2_alert_type",
    "PatchedMetricEditSerializerV2EvalType": ".patched_metric_edit_serializer_v2_eval_type",
    "PatchedMetricEditSerializerV2EvaluationTrigger": ".patched_metric_edit_serializer_v2_evaluation_trigger",
    "PatchedMetricEditSerializerV2LlmProvider": ".patched_metric_edit_serializer_v2_llm_provider",
    "PatchedMetricEditSerializerV2RelevanceLlmProvider": ".patched_metric_edit_serializer_v2_relevance_llm_provider",
    "PatchedMetricEditSerializerV2SignificantChangeAlertDirection": ".patched_metric_edit_serializer_v2_significant_change_alert_direction",
    "PatchedMetricEditSerializerV2SignificantChangeAlertStatus": ".patched_metric_edit_serializer_v2_significant_change_alert_status",
    "PatchedMetricEditSerializerV2TriggerType": ".patched_metric_edit_serializer_v2_trigger_type",
    "PatchedMetricEditSerializerV2Type": ".patched_metric_edit_serializer_v2_type",
    "PatchedMetricOptimiserCronJob": ".patched_metric_optimiser_cron_job",
    "PatchedMetricOptimiserCronJobCreatedViaType1": ".patched_metric_optimiser_cron_job_created_via_type_1",
    "PatchedMetricOptimiserCronJobCreatedViaType2Type1": ".patched_metric_optimiser_cron_job_created_via_type_2_type_1",
    "PatchedMetricOptimiserCronJobCreatedViaType3Type1": ".patched_metric_optimiser_cron_job_created_via_type_3_type_1",
    "PatchedMetricOptimiserCronJobNotifyOn": ".patched_metric_optimiser_cron_job_notify_on",
    "PatchedMetricReorderRequest": ".patched_metric_reorder_request",
    "PatchedMetricReviewInline": ".patched_metric_review_inline",
    "PatchedMetricRollingStatsPatch": ".patched_metric_rolling_stats_patch",
    "PatchedOrganization": ".patched_organization",
    "PatchedOrganizationCronjobLowBalanceMuteDays": ".patched_organization_cronjob_low_balance_mute_days",
    "PatchedOrganizationOnboardingFlow": ".patched_organization_onboarding_flow",
    "PatchedOrganizationTeamSize": ".patched_organization_team_size",
    "PatchedOrganizationTimezone": ".patched_organization_timezone",
    "PatchedOverallEvaluation": ".patched_overall_evaluation",
    "PatchedPredefinedMetric": ".patched_predefined_metric",
    "PatchedPredefinedMetricCategoryType1": ".patched_predefined_metric_category_type_1",
    "PatchedPredefinedMetricCategoryType2Type1": ".patched_predefined_metric_category_type_2_type_1",
    "PatchedPredefinedMetricCategoryType3Type1": ".patched_predefined_metric_category_type_3_type_1",
    "PatchedPredefinedMetricEvalType": ".patched_predefined_metric_eval_type",
    "PatchedPredefinedMetricEvaluationTrigger": ".patched_predefined_metric_evaluation_trigger",
    "PatchedPredefinedMetricType": ".patched_predefined_metric_type",
    "PatchedProject": ".patched_project",
    "PatchedProviderCredentialDetail": ".patched_provider_credential_detail",
    "PatchedProviderCredentialDetailProvider": ".patched_provider_credential_detail_provider",
    "PatchedRequestCriticalMetricScenario": ".patched_request_critical_metric_scenario",
    "PatchedRequestCriticalMetricScenarioPriority": ".patched_request_critical_metric_scenario_priority",
    "PatchedResultDetailV2": ".patched_result_detail_v2",
    "PatchedResultDetailV2Runs": ".patched_result_detail_v2_runs",
    "PatchedResultDetailV2Status": ".patched_result_detail_v2_status",
    "PatchedRun": ".patched_run",
    "PatchedRunEvaluationStatus": ".patched_run_evaluation_status",
    "PatchedRunGeneratedMockToolEntriesItem": ".patched_run_generated_mock_tool_entries_item",
    "PatchedRunStatus": ".patched_run_status",
    "PatchedScenarioEditHistoryRequest": ".patched_scenario_edit_history_request",
    "PatchedScenarioImprovementSessionDetail": ".patched_scenario_improvement_session_detail",
    "PatchedScenarioImprovementSessionDetailStatus": ".patched_scenario_improvement_session_detail_status",
    "PatchedSchemaPostAIAgentTestProfileExternal": ".patched_schema_post_ai_agent_test_profile_external",
    "PatchedSchemaPostAIAgentTestProfileExternalInformation": ".patched_schema_post_ai_agent_test_profile_external_information",
    "PatchedSchemaPostAIAgentV2": ".patched_schema_post_ai_agent_v2",
    "PatchedSchemaPostAIAgentV2Language": ".patched_schema_post_ai_agent_v2_language",
    "PatchedSchemaPostCronJob": ".patched_schema_post_cron_job",
    "PatchedSchemaPostCronJobExecutionMode": ".patched_schema_post_cron_job_execution_mode",
    "PatchedSchemaPostCronJobTimezone": ".patched_schema_post_cron_job_timezone",
    "PatchedSchemaPostMetricEdit": ".patched_schema_post_metric_edit",
    "PatchedSchemaPostMetricEditConfiguration": ".patched_schema_post_metric_edit_configuration",
    "PatchedSchemaPostMetricEditEvalType": ".patched_schema_post_metric_edit_eval_type",
    "PatchedSchemaPostMetricEditEvaluationTrigger": ".patched_schema_post_metric_edit_evaluation_trigger",
    "PatchedSchemaPostMetricEditTriggerType": ".patched_schema_post_metric_edit_trigger_type",
    "PatchedSchemaPostMetricEditType": ".patched_schema_post_metric_edit_type",
    "PatchedSchemaPostScenario": ".patched_schema_post_scenario",
    "PatchedSchemaPostScenarioScenarioType": ".patched_schema_post_scenario_scenario_type",
    "PatchedSchemaUpdateAIAgentExternal": ".patched_schema_update_ai_agent_external",
    "PatchedSchemaUpdateAIAgentExternalAssistantProvider": ".patched_schema_update_ai_agent_external_assistant_provider",
    "PatchedSchemaUpdateAIAgentExternalLanguage": ".patched_schema_update_ai_agent_external_language",
    "PatchedSchemaUpdateAIAgentExternalLlmModel": ".patched_schema_update_ai_agent_external_llm_model",
    "PatchedSchemaUpdateAIAgentExternalTranscriptProvider": ".patched_schema_update_ai_agent_external_transcript_provider",
    "PatchedSchemaUpdateAIAgentExternalWebsocketHeaders": ".patched_schema_update_ai_agent_external_websocket_headers",
    "PatchedSlackWorkspace": ".patched_slack_workspace",
    "PatchedTool": ".patched_tool",
    "PatchedToolSubscribersItem": ".patched_tool_subscribers_item",
    "PatchedUpdateCallLog": ".patched_update_call_log",
    "PatchedUpdateCallLogDynamicVariables": ".patched_update_call_log_dynamic_variables",
    "PatchedUpdateCallLogMetadata": ".patched_update_call_log_metadata",
    "PatchedUpdateCallLogStatus": ".patched_update_call_log_status",
    "PatchedUpdateCallLogTranscriptType": ".patched_update_call_log_transcript_type",
    "PatchedUserAPIKey": ".patched_user_api_key",
    "PatchedUserConfiguration": ".patched_user_configuration",
    "PatchedUserConfigurationConfigurationType": ".patched_user_configuration_configuration_type",
    "PatchedUserMembership": ".patched_user_membership",
    "PatchedUserMembershipRole": ".patched_user_membership_role",
    "PatchedView": ".patched_view",
    "PatchedWidget": ".patched_widget",
    "PatchedWidgetAggregationFunctionType1": ".patched_widget_aggregation_function_type_1",
    "PatchedWidgetAggregationFunctionType2Type1": ".patched_widget_aggregation_function_type_2_type_1",
    "PatchedWidgetAggregationFunctionType3Type1": ".patched_widget_aggregation_function_type_3_type_1",
    "PatchedWidgetChartType": ".patched_widget_chart_type",
    "PatchedWidgetDataTypeType1": ".patched_widget_data_type_type_1",
    "PatchedWidgetDataTypeType2Type1": ".patched_widget_data_type_type_2_type_1",
    "PatchedWidgetDataTypeType3Type1": ".patched_widget_data_type_type_3_type_1",
    "PatchedWidgetEffectiveFilters": ".patched_widget_effective_filters",
    "PatchedWidgetEffectiveFiltersOp": ".patched_widget_effective_filters_op",
    "PatchedWidgetEffectiveFiltersOperator": ".patched_widget_effective_filters_operator",
    "PatchedWidgetFiltersType0": ".patched_widget_filters_type_0",
    "PatchedWidgetFiltersType0Op": ".patched_widget_filters_type_0_op",
    "PatchedWidgetFiltersType0Operator": ".patched_widget_filters_type_0_operator",
    "PatchedWidgetTimePeriodType1": ".patched_widget_time_period_type_1",
    "PatchedWidgetTimePeriodType2Type1": ".patched_widget_time_period_type_2_type_1",
    "PatchedWidgetTimePeriodType3Type1": ".patched_widget_time_period_type_3_type_1",
    "PaymentHistory": ".payment_history",
    "PaymentHistoryPaymentTypeType1": ".payment_history_payment_type_type_1",
    "PaymentHistoryPaymentTypeType2Type1": ".payment_history_payment_type_type_2_type_1",
    "PaymentHistoryPaymentTypeType3Type1": ".payment_history_payment_type_type_3_type_1",
    "Personality": ".personality",
    "PersonalityCallServiceProvider": ".personality_call_service_provider",
    "PersonalityGender": ".personality_gender",
    "PersonalityLanguage": ".personality_language",
    "PhoneNumber": ".phone_number",
    "PhoneNumberCallServiceProvider": ".phone_number_call_service_provider",
    "PhoneNumberDetail": ".phone_number_detail",
    "PhoneNumberDetailCallServiceProvider": ".phone_number_detail_call_service_provider",
    "PhoneNumberDetailProviderType1": ".phone_number_detail_provider_type_1",
    "PhoneNumberDetailProviderType2Type1": ".phone_number_detail_provider_type_2_type_1",
    "PhoneNumberDetailProviderType3Type1": ".phone_number_detail_provider_type_3_type_1",
    "PhoneNumberInbound": ".phone_number_inbound",
    "PhoneNumberProviderType1": ".phone_number_provider_type_1",
    "PhoneNumberProviderType2Type1": ".phone_number_provider_type_2_type_1",
    "PhoneNumberProviderType3Type1": ".phone_number_provider_type_3_type_1",
    "PhoneNumbersCheckOccupancyRetrieveResponse200": ".phone_numbers_check_occupancy_retrieve_response_200",
    "PhoneNumbersCheckOccupancyRetrieveResponse400": ".phone_numbers_check_occupancy_retrieve_response_400",
    "PhoneNumbersExternalCheckOccupancyRetrieveResponse200": ".phone_numbers_external_check_occupancy_retrieve_response_200",
    "PhoneNumbersExternalCheckOccupancyRetrieveResponse400": ".phone_numbers_external_check_occupancy_retrieve_response_400",
    "Pipecat": ".pipecat",
    "PRFile": ".pr_file",
    "PredefinedMetric": ".predefined_metric",
    "PredefinedMetricCategoryType1": ".predefined_metric_category_type_1",
    "PredefinedMetricCategoryType2Type1": ".predefined_metric_category_type_2_type_1",
    "PredefinedMetricCategoryType3Type1": ".predefined_metric_category_type_3_type_1",
    "PredefinedMetricCopyRequest": ".predefined_metric_copy_request",
    "PredefinedMetricEvalType": ".predefined_metric_eval_type",
    "PredefinedMetricEvaluationTrigger": ".predefined_metric_evaluation_trigger",
    "PredefinedMetricType": ".predefined_metric_type",
    "ProcessFeedbacksRequest": ".process_feedbacks_request",
    "ProcessFeedbacksRequestMetricType": ".process_feedbacks_request_metric_type",
    "ProcessFeedbacksResponse": ".process_feedbacks_response",
    "ProcessFeedbacksResponseImprovedTriggerKind": ".process_feedbacks_response_improved_trigger_kind",
    "ProcessFeedbacksResponseTriggerType": ".process_feedbacks_response_trigger_type",
    "ProcessFeedbacksResponseType": ".process_feedbacks_response_type",
    "Project": ".project",
    "ProjectInline": ".project_inline",
    "ProjectsDisablePersonalitiesCreateResponse200": ".projects_disable_personalities_create_response_200",
    "ProjectsEnablePersonalitiesCreateResponse200": ".projects_enable_personalities_create_response_200",
    "ProjectsExternalDisablePersonalitiesCreateResponse200": ".projects_external_disable_personalities_create_response_200",
    "ProjectsExternalEnablePersonalitiesCreateResponse200": ".projects_external_enable_personalities_create_response_200",
    "ProviderCredentialDetail": ".provider_credential_detail",
    "ProviderCredentialDetailProvider": ".provider_credential_detail_provider",
    "ProviderCredentialList": ".provider_credential_list",
    "ProviderCredentialListProvider": ".provider_credential_list_provider",
    "RenameFolderRequest": ".rename_folder_request",
    "RerunEvaluation": ".rerun_evaluation",
    "Result": ".result",
    "ResultDetailV2": ".result_detail_v2",
    "ResultDetailV2Runs": ".result_detail_v2_runs",
    "ResultDetailV2Status": ".result_detail_v2_status",
    "ResultRuns": ".result_runs",
    "ResultScenarios": ".result_scenarios",
    "ResultStatus": ".result_status",
    "ResultsRetrieveResponse404": ".results_retrieve_response_404",
    "ResultsV1ExternalRetrieveResponse404": ".results_v1_external_retrieve_response_404",
    "ResultsV1RetrieveResponse404": ".results_v1_retrieve_response_404",
    "RetellChatConfig": ".retell_chat_config",
    "RetellConfig": ".retell_config",
    "ReviewResult": ".review_result",
    "Run": ".run",
    "RunEvaluationStatus": ".run_evaluation_status",
    "RunGeneratedMockToolEntriesItem": ".run_generated_mock_tool_entries_item",
    "RunList": ".run_list",
    "RunListCriticalCategories": ".run_list_critical_categories",
    "RunListCriticalCategoriesPriority": ".run_list_critical_categories_priority",
    "RunListEvaluationStatus": ".run_list_evaluation_status",
    "RunListExpectedOutcome": ".run_list_expected_outcome",
    "RunListMetadata": ".run_list_metadata",
    "RunListStatus": ".run_list_status",
    "RunListTranscriptObject": ".run_list_transcript_object",
    "RunLivekitScenarios": ".run_livekit_scenarios",
    "RunReviewsRequest": ".run_reviews_request",
    "RunReviewsRequestLlmProvider": ".run_reviews_request_llm_provider",
    "RunReviewsRequestTriggerType": ".run_reviews_request_trigger_type",
    "RunReviewsRequestType": ".run_reviews_request_type",
    "RunScenarioResult": ".run_scenario_result",
    "RunScenarioResultRuns": ".run_scenario_result_runs",
    "RunScenarioResultStatus": ".run_scenario_result_status",
    "RunScenariosEmail": ".run_scenarios_email",
    "RunScenariosRetellWebRTCRequest": ".run_scenarios_retell_web_rtc_request",
    "RunScenariosVapiWebRTCRequest": ".run_scenarios_vapi_web_rtc_request",
    "RunScenariosWithWebsockets": ".run_scenarios_with_websockets",
    "RunStatus": ".run_status",
    "RunTraceResponse": ".run_trace_response",
    "RunsListStatus": ".runs_list_status",
    "RunsMarkMetricVoteCreateResponse400": ".runs_mark_metric_vote_create_response_400",
    "RunsMarkMetricVoteCreateResponse404": ".runs_mark_metric_vote_create_response_404",
    "RunsV1ExternalListStatus": ".runs_v1_external_list_status",
    "RunsV1ExternalMarkMetricVoteCreateResponse400": ".runs_v1_external_mark_metric_vote_create_response_400",
    "RunsV1ExternalMarkMetricVoteCreateResponse404": ".runs_v1_external_mark_metric_vote_create_response_404",
    "RunsV1ListStatus": ".runs_v1_list_status",
    "RunsV1MarkMetricVoteCreateResponse400": ".runs_v1_mark_metric_vote_create_response_400",
    "RunsV1MarkMetricVoteCreateResponse404": ".runs_v1_mark_metric_vote_create_response_404",
    "Scenario": ".scenario",
    "ScenarioAgentProgress": ".scenario_agent_progress",
    "ScenarioAgentProgressResultType0": ".scenario_agent_progress_result_type_0",
    "ScenarioAgentRequest": ".scenario_agent_request",
    "ScenarioAgentRequestAgentSelections": ".scenario_agent_request_agent_selections",
    "ScenarioAgentRequestPendingToolCallsType0Item": ".scenario_agent_request_pending_tool_calls_type_0_item",
    "ScenarioAgentRequestUpdatedScenariosItem": ".scenario_agent_request_updated_scenarios_item",
    "ScenarioAgentStartResponse": ".scenario_agent_start_response",
    "ScenarioFolder": ".scenario_folder",
    "ScenarioFolderCreate": ".scenario_folder_create",
    "ScenarioHistory": ".scenario_history",
    "ScenarioHistoryHistoryType": ".scenario_history_history_type",
    "ScenarioHistoryScenarioLanguageType1": ".scenario_history_scenario_language_type_1",
    "ScenarioHistoryScenarioLanguageType2Type1": ".scenario_history_scenario_language_type_2_type_1",
    "ScenarioHistoryScenarioLanguageType3Type1": ".scenario_history_scenario_language_type_3_type_1",
    "ScenarioHistoryScenarioType": ".scenario_history_scenario_type",
    "ScenarioHistorySuiteType": ".scenario_history_suite_type",
    "ScenarioImprovementSessionCreate": ".scenario_improvement_session_create",
    "ScenarioImprovementSessionDetail": ".scenario_improvement_session_detail",
    "ScenarioImprovementSessionDetailStatus": ".scenario_improvement_session_detail_status",
    "ScenarioImprovementSessionList": ".scenario_improvement_session_list",
    "ScenarioImprovementSessionListStatus": ".scenario_improvement_session_list_status",
    "ScenarioInline": ".scenario_inline",
    "ScenarioInstructionsRequest": ".scenario_instructions_request",
    "ScenarioList": ".scenario_list",
    "ScenarioListScenarioLanguageType1": ".scenario_list_scenario_language_type_1",
    "ScenarioListScenarioLanguageType2Type1": ".scenario_list_scenario_language_type_2_type_1",
    "ScenarioListScenarioLanguageType3Type1": ".scenario_list_scenario_language_type_3_type_1",
    "ScenarioListScenarioType": ".scenario_list_scenario_type",
    "ScenarioRestoreRequest": ".scenario_restore_request",
    "ScenarioScenarioLanguage": ".scenario_scenario_language",
    "ScenarioScenarioType": ".scenario_scenario_type",
    "ScenarioSerializerV2": ".scenario_serializer_v2",
    "ScenarioSerializerV2ScenarioLanguage": ".scenario_serializer_v2_scenario_language",
    "ScenarioSerializerV2ScenarioType": ".scenario_serializer_v2_scenario_type",
    "ScenarioSerializerV2SuiteType": ".scenario_serializer_v2_suite_type",
    "ScenarioSuiteType": ".scenario_suite_type",
    "ScenarioWithWebsocket": ".scenario_with_websocket",
    "ScenariosBulkDelete2Response400": ".scenarios_bulk_delete_2_response_400",
    "ScenariosBulkDelete3Response400": ".scenarios_bulk_delete_3_response_400",
    "ScenariosBulkDeleteRequest": ".scenarios_bulk_delete_request",
    "ScenariosBulkDeleteResponse400": ".scenarios_bulk_delete_response_400",
    "ScenariosBulkUpdate2Response400": ".scenarios_bulk_update_2_response_400",
    "ScenariosBulkUpdate3Response400": ".scenarios_bulk_update_3_response_400",
    "ScenariosBulkUpdateRequest": ".scenarios_bulk_update_request",
    "ScenariosBulkUpdateResponse400": ".scenarios_bulk_update_response_400",
    "ScenariosCancelAgentCreateBody": ".scenarios_cancel_agent_create_body",
    "ScenariosCancelAgentCreateResponse200": ".scenarios_cancel_agent_create_response_200",
    "ScenariosCancelAgentCreateResponse400": ".scenarios_cancel_agent_create_response_400",
    "ScenariosConditionAudioCreateBody": ".scenarios_condition_audio_create_body",
    "ScenariosConditionAudioCreateResponse400": ".scenarios_condition_audio_create_response_400",
    "ScenariosConditionAudioCreateResponse409": ".scenarios_condition_audio_create_response_409",
    "ScenariosConditionAudioDestroyResponse200": ".scenarios_condition_audio_destroy_response_200",
    "ScenariosConditionAudioDestroyResponse404": ".scenarios_condition_audio_destroy_response_404",
    "ScenariosCreateFromTranscriptBg2Response200": ".scenarios_create_from_transcript_bg_2_response_200",
    "ScenariosCreateFromTranscriptBg2Response400": ".scenarios_create_from_transcript_bg_2_response_400",
    "ScenariosCreateFromTranscriptBg3Response200": ".scenarios_create_from_transcript_bg_3_response_200",
    "ScenariosCreateFromTranscriptBg3Response400": ".scenarios_create_from_transcript_bg_3_response_400",
    "ScenariosCreateFromTranscriptBgResponse200": ".scenarios_create_from_transcript_bg_response_200",
    "ScenariosCreateFromTranscriptBgResponse400": ".scenarios_create_from_transcript_bg_response_400",
    "ScenariosCreateFromTranscriptProgress2Response200": ".scenarios_create_from_transcript_progress_2_response_200",
    "ScenariosCreateFromTranscriptProgress2Response200ScenarioType0": ".scenarios_create_from_transcript_progress_2_response_200_scenario_type_0",
    "ScenariosCreateFromTranscriptProgress2Response200Status": ".scenarios_create_from_transcript_progress_2_response_200_status",
    "ScenariosCreateFromTranscriptProgress2Response400": ".scenarios_create_from_transcript_progress_2_response_400",
    "ScenariosCreateFromTranscriptProgress3Response200": ".scenarios_create_from_transcript_progress_3_response_200",
    "ScenariosCreateFromTranscriptProgress3Response200ScenarioType0": ".scenarios_create_from_transcript_progress_3_response_200_scenario_type_0",
    "ScenariosCreateFromTranscriptProgress3Response200Status": ".scenarios_create_from_transcript_progress_3_response_200_status",
    "ScenariosCreateFromTranscriptProgress3Response400": ".scenarios_create_from_transcript_progress_3_response_400",
    "ScenariosCreateFromTranscriptProgressResponse200": ".scenarios_create_from_transcript_progress_response_200",
    "ScenariosCreateFromTranscriptProgressResponse200ScenarioType0": ".scenarios_create_from_transcript_progress_response_200_scenario_type_0",
    "ScenariosCreateFromTranscriptProgressResponse200Status": ".scenarios_create_from_transcript_progress_response_200_status",
    "ScenariosCreateFromTranscriptProgressResponse400": ".scenarios_create_from_transcript_progress_response_400",
    "ScenariosCreateResponse400": ".scenarios_create_response_400",
    "ScenariosDestroyResponse404": ".scenarios_destroy_response_404",
    "ScenariosDiscardChangesCreateBody": ".scenarios_discard_changes_create_body",
    "ScenariosDiscardChangesCreateResponse200": ".scenarios_discard_changes_create_response_200",
    "ScenariosDiscardChangesCreateResponse400": ".scenarios_discard_changes_create_response_400",
    "ScenariosDuplicateCreateResponse400": ".scenarios_duplicate_create_response_400",
    "ScenariosExternalCancelAgentCreateBody": ".scenarios_external_cancel_agent_create_body",
    "ScenariosExternalCancelAgentCreateResponse200": ".scenarios_external_cancel_agent_create_response_200",
    "ScenariosExternalCancelAgentCreateResponse400": ".scenarios_external_cancel_agent_create_response_400",
    "ScenariosExternalConditionAudioCreateBody": ".scenarios_external_condition_audio_create_body",
    "ScenariosExternalConditionAudioCreateResponse400": ".scenarios_external_condition_audio_create_response_400",
    "ScenariosExternalConditionAudioCreateResponse409": ".scenarios_external_condition_audio_create_response_409",
    "ScenariosExternalConditionAudioDestroyResponse200": ".scenarios_external_condition_audio_destroy_response_200",
    "ScenariosExternalConditionAudioDestroyResponse404": ".scenarios_external_condition_audio_destroy_response_404",
    "ScenariosExternalCreateResponse400": ".scenarios_external_create_response_400",
    "ScenariosExternalDestroyResponse404": ".scenarios_external_destroy_response_404",
    "ScenariosExternalDiscardChangesCreateBody": ".scenarios_external_discard_changes_create_body",
    "ScenariosExternalDiscardChangesCreateResponse200": ".scenarios_external_discard_changes_create_response_200",
    "ScenariosExternalDiscardChangesCreateResponse400": ".scenarios_external_discard_changes_create_response_400",
    "ScenariosExternalDuplicateCreateResponse400": ".scenarios_external_duplicate_create_response_400",
    "ScenariosExternalImproveInstructionsCreateResponse400": ".scenarios_external_improve_instructions_create_response_400",
    "ScenariosExternalListTagFilterType": ".scenarios_external_list_tag_filter_type",
    "ScenariosExternalPartialUpdateResponse400": ".scenarios_external_partial_update_response_400",
    "ScenariosExternalRetrieveResponse404": ".scenarios_external_retrieve_response_404",
    "ScenariosGenerateBg2Response200": ".scenarios_generate_bg_2_response_200",
    "ScenariosGenerateBg2Response400": ".scenarios_generate_bg_2_response_400",
    "ScenariosGenerateBg3Response200": ".scenarios_generate_bg_3_response_200",
    "ScenariosGenerateBg3Response400": ".scenarios_generate_bg_3_response_400",
    "ScenariosGenerateBgResponse200": ".scenarios_generate_bg_response_200",
    "ScenariosGenerateBgResponse400": ".scenarios_generate_bg_response_400",
    "ScenariosGenerateClarifyAnswer2Response200": ".scenarios_generate_clarify_answer_2_response_200",
    "ScenariosGenerateClarifyAnswer3Response200": ".scenarios_generate_clarify_answer_3_response_200",
    "ScenariosGenerateClarifyAnswerResponse200": ".scenarios_generate_clarify_answer_response_200",
    "ScenariosGenerateProgress2Response200": ".scenarios_generate_progress_2_response_200",
    "ScenariosGenerateProgress2Response200ScenariosListItem": ".scenarios_generate_progress_2_response_200_scenarios_list_item",
    "ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItem": ".scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item",
    "ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry": ".scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry",
    "ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput": ".scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_input",
    "ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput": ".scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_output",
    "ScenariosGenerateProgress2Response200ScenariosListItemInboundPhoneNumberData": ".scenarios_generate_progress_2_response_200_scenarios_list_item_inbound_phone_number_data",
    "ScenariosGenerateProgress2Response200ScenariosListItemInformationFields": ".scenarios_generate_progress_2_response_200_scenarios_list_item_information_fields",
    "ScenariosGenerateProgress2Response200ScenariosListItemTestProfileData": ".scenarios_generate_progress_2_response_200_scenarios_list_item_test_profile_data",
    "ScenariosGenerateProgress2Response400": ".scenarios_generate_progress_2_response_400",
    "ScenariosGenerateProgress3Response200": ".scenarios_generate_progress_3_response_200",
    "ScenariosGenerateProgress3Response200ScenariosListItem": ".scenarios_generate_progress_3_response_200_scenarios_list_item",
    "ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItem": ".scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item",
    "ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry": ".scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry",
    "ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput": ".scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_input",
    "ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput": ".scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_output",
    "ScenariosGenerateProgress3Response200ScenariosListItemInboundPhoneNumberData": ".scenarios_generate_progress_3_response_200_scenarios_list_item_inbound_phone_number_data",
    "ScenariosGenerateProgress3Response200ScenariosListItemInformationFields": ".scenarios_generate_progress_3_response_200_scenarios_list_item_information_fields",
    "ScenariosGenerateProgress3Response200ScenariosListItemTestProfileData": ".scenarios_generate_progress_3_response_200_scenarios_list_item_test_profile_data",
    "ScenariosGenerateProgress3Response400": ".scenarios_generate_progress_3_response_400",
    "ScenariosGenerateProgressResponse200": ".scenarios_generate_progress_response_200",
    "ScenariosGenerateProgressResponse200ScenariosListItem": ".scenarios_generate_progress_response_200_scenarios_list_item",
    "ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItem": ".scenarios_generate_progress_response_200_scenarios_list_item_generated_mock_tool_entries_item",
    "ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntry": ".scenarios_generate_progress_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry",
    "ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput": ".scenarios_generate_progress_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_input",
    "ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput": ".scenarios_generate_progress_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_output",
    "ScenariosGenerateProgressResponse200ScenariosListItemInboundPhoneNumberData": ".scenarios_generate_progress_response_200_scenarios_list_item_inbound_phone_number_data",
    "ScenariosGenerateProgressResponse200ScenariosListItemInformationFields": ".scenarios_generate_progress_response_200_scenarios_list_item_information_fields",
    "ScenariosGenerateProgressResponse200ScenariosListItemTestProfileData": ".scenarios_generate_progress_response_200_scenarios_list_item_test_profile_data",
    "ScenariosGenerateProgressResponse400": ".scenarios_generate_progress_response_400",
    "ScenariosImproveInstructionsCreateResponse400": ".scenarios_improve_instructions_create_response_400",
    "ScenariosListTagFilterType": ".scenarios_list_tag_filter_type",
    "ScenariosPartialUpdateResponse400": ".scenarios_partial_update_response_400",
    "ScenariosRefine2Response400": ".scenarios_refine_2_response_400",
    "ScenariosRefine3Response400": ".scenarios_refine_3_response_400",
    "ScenariosRefineProgress2Response400": ".scenarios_refine_progress_2_response_400",
    "ScenariosRefineProgress3Response400": ".scenarios_refine_progress_3_response_400",
    "ScenariosRefineProgressResponse400": ".scenarios_refine_progress_response_400",
    "ScenariosRefineResponse400": ".scenarios_refine_response_400",
    "ScenariosRetrieveResponse404": ".scenarios_retrieve_response_404",
    "ScenariosRunAgora2Response200": ".scenarios_run_agora_2_response_200",
    "ScenariosRunAgora2Response200RunsItem": ".scenarios_run_agora_2_response_200_runs_item",
    "ScenariosRunAgora2Response200RunsItemStatus": ".scenarios_run_agora_2_response_200_runs_item_status",
    "ScenariosRunAgora2Response200RunsItemTestProfileDataType0": ".scenarios_run_agora_2_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunAgora2Response200Status": ".scenarios_run_agora_2_response_200_status",
    "ScenariosRunAgora2Response400": ".scenarios_run_agora_2_response_400",
    "ScenariosRunAgora3Response200": ".scenarios_run_agora_3_response_200",
    "ScenariosRunAgora3Response200RunsItem": ".scenarios_run_agora_3_response_200_runs_item",
    "ScenariosRunAgora3Response200RunsItemStatus": ".scenarios_run_agora_3_response_200_runs_item_status",
    "ScenariosRunAgora3Response200RunsItemTestProfileDataType0": ".scenarios_run_agora_3_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunAgora3Response200Status": ".scenarios_run_agora_3_response_200_status",
    "ScenariosRunAgora3Response400": ".scenarios_run_agora_3_response_400",
    "ScenariosRunAgoraResponse200": ".scenarios_run_agora_response_200",
    "ScenariosRunAgoraResponse200RunsItem": ".scenarios_run_agora_response_200_runs_item",
    "ScenariosRunAgoraResponse200RunsItemStatus": ".scenarios_run_agora_response_200_runs_item_status",
    "ScenariosRunAgoraResponse200RunsItemTestProfileDataType0": ".scenarios_run_agora_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunAgoraResponse200Status": ".scenarios_run_agora_response_200_status",
    "ScenariosRunAgoraResponse400": ".scenarios_run_agora_response_400",
    "ScenariosRunApiChat2Response400": ".scenarios_run_api_chat_2_response_400",
    "ScenariosRunApiChat3Response400": ".scenarios_run_api_chat_3_response_400",
    "ScenariosRunApiChatResponse400": ".scenarios_run_api_chat_response_400",
    "ScenariosRunChirp2Response200": ".scenarios_run_chirp_2_response_200",
    "ScenariosRunChirp2Response200RunsItem": ".scenarios_run_chirp_2_response_200_runs_item",
    "ScenariosRunChirp2Response200RunsItemStatus": ".scenarios_run_chirp_2_response_200_runs_item_status",
    "ScenariosRunChirp2Response200RunsItemTestProfileDataType0": ".scenarios_run_chirp_2_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunChirp2Response200Status": ".scenarios_run_chirp_2_response_200_status",
    "ScenariosRunChirp2Response400": ".scenarios_run_chirp_2_response_400",
    "ScenariosRunChirp3Response200": ".scenarios_run_chirp_3_response_200",
    "ScenariosRunChirp3Response200RunsItem": ".scenarios_run_chirp_3_response_200_runs_item",
    "ScenariosRunChirp3Response200RunsItemStatus": ".scenarios_run_chirp_3_response_200_runs_item_status",
    "ScenariosRunChirp3Response200RunsItemTestProfileDataType0": ".scenarios_run_chirp_3_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunChirp3Response200Status": ".scenarios_run_chirp_3_response_200_status",
    "ScenariosRunChirp3Response400": ".scenarios_run_chirp_3_response_400",
    "ScenariosRunChirpResponse200": ".scenarios_run_chirp_response_200",
    "ScenariosRunChirpResponse200RunsItem": ".scenarios_run_chirp_response_200_runs_item",
    "ScenariosRunChirpResponse200RunsItemStatus": ".scenarios_run_chirp_response_200_runs_item_status",
    "ScenariosRunChirpResponse200RunsItemTestProfileDataType0": ".scenarios_run_chirp_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunChirpResponse200Status": ".scenarios_run_chirp_response_200_status",
    "ScenariosRunChirpResponse400": ".scenarios_run_chirp_response_400",
    "ScenariosRunElevenlabs2Response200": ".scenarios_run_elevenlabs_2_response_200",
    "ScenariosRunElevenlabs2Response200RunsItem": ".scenarios_run_elevenlabs_2_response_200_runs_item",
    "ScenariosRunElevenlabs2Response200RunsItemStatus": ".scenarios_run_elevenlabs_2_response_200_runs_item_status",
    "ScenariosRunElevenlabs2Response200RunsItemTestProfileDataType0": ".scenarios_run_elevenlabs_2_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunElevenlabs2Response200Status": ".scenarios_run_elevenlabs_2_response_200_status",
    "ScenariosRunElevenlabs2Response400": ".scenarios_run_elevenlabs_2_response_400",
    "ScenariosRunElevenlabs3Response200": ".scenarios_run_elevenlabs_3_response_200",
    "ScenariosRunElevenlabs3Response200RunsItem": ".scenarios_run_elevenlabs_3_response_200_runs_item",
    "ScenariosRunElevenlabs3Response200RunsItemStatus": ".scenarios_run_elevenlabs_3_response_200_runs_item_status",
    "ScenariosRunElevenlabs3Response200RunsItemTestProfileDataType0": ".scenarios_run_elevenlabs_3_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunElevenlabs3Response200Status": ".scenarios_run_elevenlabs_3_response_200_status",
    "ScenariosRunElevenlabs3Response400": ".scenarios_run_elevenlabs_3_response_400",
    "ScenariosRunElevenlabsResponse200": ".scenarios_run_elevenlabs_response_200",
    "ScenariosRunElevenlabsResponse200RunsItem": ".scenarios_run_elevenlabs_response_200_runs_item",
    "ScenariosRunElevenlabsResponse200RunsItemStatus": ".scenarios_run_elevenlabs_response_200_runs_item_status",
    "ScenariosRunElevenlabsResponse200RunsItemTestProfileDataType0": ".scenarios_run_elevenlabs_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunElevenlabsResponse200Status": ".scenarios_run_elevenlabs_response_200_status",
    "ScenariosRunElevenlabsResponse400": ".scenarios_run_elevenlabs_response_400",
    "ScenariosRunJson2Response200": ".scenarios_run_json_2_response_200",
    "ScenariosRunJson2Response200RunsItem": ".scenarios_run_json_2_response_200_runs_item",
    "ScenariosRunJson2Response200RunsItemStatus": ".scenarios_run_json_2_response_200_runs_item_status",
    "ScenariosRunJson2Response200RunsItemTestProfileDataType0": ".scenarios_run_json_2_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunJson2Response200Status": ".scenarios_run_json_2_response_200_status",
    "ScenariosRunJson2Response400": ".scenarios_run_json_2_response_400",
    "ScenariosRunJson3Response200": ".scenarios_run_json_3_response_200",
    "ScenariosRunJson3Response200RunsItem": ".scenarios_run_json_3_response_200_runs_item",
    "ScenariosRunJson3Response200RunsItemStatus": ".scenarios_run_json_3_response_200_runs_item_status",
    "ScenariosRunJson3Response200RunsItemTestProfileDataType0": ".scenarios_run_json_3_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunJson3Response200Status": ".scenarios_run_json_3_response_200_status",
    "ScenariosRunJson3Response400": ".scenarios_run_json_3_response_400",
    "ScenariosRunJsonResponse200": ".scenarios_run_json_response_200",
    "ScenariosRunJsonResponse200RunsItem": ".scenarios_run_json_response_200_runs_item",
    "ScenariosRunJsonResponse200RunsItemStatus": ".scenarios_run_json_response_200_runs_item_status",
    "ScenariosRunJsonResponse200RunsItemTestProfileDataType0": ".scenarios_run_json_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunJsonResponse200Status": ".scenarios_run_json_response_200_status",
    "ScenariosRunJsonResponse400": ".scenarios_run_json_response_400",
    "ScenariosRunLivekitV22Response200": ".scenarios_run_livekit_v22_response_200",
    "ScenariosRunLivekitV22Response200RunsItem": ".scenarios_run_livekit_v22_response_200_runs_item",
    "ScenariosRunLivekitV22Response200RunsItemStatus": ".scenarios_run_livekit_v22_response_200_runs_item_status",
    "ScenariosRunLivekitV22Response200RunsItemTestProfileDataType0": ".scenarios_run_livekit_v22_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunLivekitV22Response200Status": ".scenarios_run_livekit_v22_response_200_status",
    "ScenariosRunLivekitV22Response400": ".scenarios_run_livekit_v22_response_400",
    "ScenariosRunLivekitV23Response200": ".scenarios_run_livekit_v23_response_200",
    "ScenariosRunLivekitV23Response200RunsItem": ".scenarios_run_livekit_v23_response_200_runs_item",
    "ScenariosRunLivekitV23Response200RunsItemStatus": ".scenarios_run_livekit_v23_response_200_runs_item_status",
    "ScenariosRunLivekitV23Response200RunsItemTestProfileDataType0": ".scenarios_run_livekit_v23_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunLivekitV23Response200Status": ".scenarios_run_livekit_v23_response_200_status",
    "ScenariosRunLivekitV23Response400": ".scenarios_run_livekit_v23_response_400",
    "ScenariosRunLivekitV2Response200": ".scenarios_run_livekit_v2_response_200",
    "ScenariosRunLivekitV2Response200RunsItem": ".scenarios_run_livekit_v2_response_200_runs_item",
    "ScenariosRunLivekitV2Response200RunsItemStatus": ".scenarios_run_livekit_v2_response_200_runs_item_status",
    "ScenariosRunLivekitV2Response200RunsItemTestProfileDataType0": ".scenarios_run_livekit_v2_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunLivekitV2Response200Status": ".scenarios_run_livekit_v2_response_200_status",
    "ScenariosRunLivekitV2Response400": ".scenarios_run_livekit_v2_response_400",
    "ScenariosRunPipecatV12Response200": ".scenarios_run_pipecat_v12_response_200",
    "ScenariosRunPipecatV12Response200RunsItem": ".scenarios_run_pipecat_v12_response_200_runs_item",
    "ScenariosRunPipecatV12Response200RunsItemStatus": ".scenarios_run_pipecat_v12_response_200_runs_item_status",
    "ScenariosRunPipecatV12Response200RunsItemTestProfileDataType0": ".scenarios_run_pipecat_v12_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunPipecatV12Response200Status": ".scenarios_run_pipecat_v12_response_200_status",
    "ScenariosRunPipecatV12Response400": ".scenarios_run_pipecat_v12_response_400",
    "ScenariosRunPipecatV13Response200": ".scenarios_run_pipecat_v13_response_200",
    "ScenariosRunPipecatV13Response200RunsItem": ".scenarios_run_pipecat_v13_response_200_runs_item",
    "ScenariosRunPipecatV13Response200RunsItemStatus": ".scenarios_run_pipecat_v13_response_200_runs_item_status",
    "ScenariosRunPipecatV13Response200RunsItemTestProfileDataType0": ".scenarios_run_pipecat_v13_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunPipecatV13Response200Status": ".scenarios_run_pipecat_v13_response_200_status",
    "ScenariosRunPipecatV13Response400": ".scenarios_run_pipecat_v13_response_400",
    "ScenariosRunPipecatV1Response200": ".scenarios_run_pipecat_v1_response_200",
    "ScenariosRunPipecatV1Response200RunsItem": ".scenarios_run_pipecat_v1_response_200_runs_item",
    "ScenariosRunPipecatV1Response200RunsItemStatus": ".scenarios_run_pipecat_v1_response_200_runs_item_status",
    "ScenariosRunPipecatV1Response200RunsItemTestProfileDataType0": ".scenarios_run_pipecat_v1_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunPipecatV1Response200Status": ".scenarios_run_pipecat_v1_response_200_status",
    "ScenariosRunPipecatV1Response400": ".scenarios_run_pipecat_v1_response_400",
    "ScenariosRunPipecatV22Response200": ".scenarios_run_pipecat_v22_response_200",
    "ScenariosRunPipecatV22Response200RunsItem": ".scenarios_run_pipecat_v22_response_200_runs_item",
    "ScenariosRunPipecatV22Response200RunsItemStatus": ".scenarios_run_pipecat_v22_response_200_runs_item_status",
    "ScenariosRunPipecatV22Response200RunsItemTestProfileDataType0": ".scenarios_run_pipecat_v22_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunPipecatV22Response200Status": ".scenarios_run_pipecat_v22_response_200_status",
    "ScenariosRunPipecatV22Response400": ".scenarios_run_pipecat_v22_response_400",
    "ScenariosRunPipecatV23Response200": ".scenarios_run_pipecat_v23_response_200",
    "ScenariosRunPipecatV23Response200RunsItem": ".scenarios_run_pipecat_v23_response_200_runs_item",
    "ScenariosRunPipecatV23Response200RunsItemStatus": ".scenarios_run_pipecat_v23_response_200_runs_item_status",
    "ScenariosRunPipecatV23Response200RunsItemTestProfileDataType0": ".scenarios_run_pipecat_v23_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunPipecatV23Response200Status": ".scenarios_run_pipecat_v23_response_200_status",
    "ScenariosRunPipecatV23Response400": ".scenarios_run_pipecat_v23_response_400",
    "ScenariosRunPipecatV2Response200": ".scenarios_run_pipecat_v2_response_200",
    "ScenariosRunPipecatV2Response200RunsItem": ".scenarios_run_pipecat_v2_response_200_runs_item",
    "ScenariosRunPipecatV2Response200RunsItemStatus": ".scenarios_run_pipecat_v2_response_200_runs_item_status",
    "ScenariosRunPipecatV2Response200RunsItemTestProfileDataType0": ".scenarios_run_pipecat_v2_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunPipecatV2Response200Status": ".scenarios_run_pipecat_v2_response_200_status",
    "ScenariosRunPipecatV2Response400": ".scenarios_run_pipecat_v2_response_400",
    "ScenariosRunRetellWebrtc2Response200": ".scenarios_run_retell_webrtc_2_response_200",
    "ScenariosRunRetellWebrtc2Response200RunsItem": ".scenarios_run_retell_webrtc_2_response_200_runs_item",
    "ScenariosRunRetellWebrtc2Response200RunsItemStatus": ".scenarios_run_retell_webrtc_2_response_200_runs_item_status",
    "ScenariosRunRetellWebrtc2Response200RunsItemTestProfileDataType0": ".scenarios_run_retell_webrtc_2_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunRetellWebrtc2Response200Status": ".scenarios_run_retell_webrtc_2_response_200_status",
    "ScenariosRunRetellWebrtc2Response400": ".scenarios_run_retell_webrtc_2_response_400",
    "ScenariosRunRetellWebrtc3Response200": ".scenarios_run_retell_webrtc_3_response_200",
    "ScenariosRunRetellWebrtc3Response200RunsItem": ".scenarios_run_retell_webrtc_3_response_200_runs_item",
    "ScenariosRunRetellWebrtc3Response200RunsItemStatus": ".scenarios_run_retell_webrtc_3_response_200_runs_item_status",
    "ScenariosRunRetellWebrtc3Response200RunsItemTestProfileDataType0": ".scenarios_run_retell_webrtc_3_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunRetellWebrtc3Response200Status": ".scenarios_run_retell_webrtc_3_response_200_status",
    "ScenariosRunRetellWebrtc3Response400": ".scenarios_run_retell_webrtc_3_response_400",
    "ScenariosRunRetellWebrtcResponse200": ".scenarios_run_retell_webrtc_response_200",
    "ScenariosRunRetellWebrtcResponse200RunsItem": ".scenarios_run_retell_webrtc_response_200_runs_item",
    "ScenariosRunRetellWebrtcResponse200RunsItemStatus": ".scenarios_run_retell_webrtc_response_200_runs_item_status",
    "ScenariosRunRetellWebrtcResponse200RunsItemTestProfileDataType0": ".scenarios_run_retell_webrtc_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunRetellWebrtcResponse200Status": ".scenarios_run_retell_webrtc_response_200_status",
    "ScenariosRunRetellWebrtcResponse400": ".scenarios_run_retell_webrtc_response_400",
    "ScenariosRunSip2Response200": ".scenarios_run_sip_2_response_200",
    "ScenariosRunSip2Response200RunsItem": ".scenarios_run_sip_2_response_200_runs_item",
    "ScenariosRunSip2Response200RunsItemStatus": ".scenarios_run_sip_2_response_200_runs_item_status",
    "ScenariosRunSip2Response200RunsItemTestProfileDataType0": ".scenarios_run_sip_2_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunSip2Response200Status": ".scenarios_run_sip_2_response_200_status",
    "ScenariosRunSip2Response400": ".scenarios_run_sip_2_response_400",
    "ScenariosRunSip3Response200": ".scenarios_run_sip_3_response_200",
    "ScenariosRunSip3Response200RunsItem": ".scenarios_run_sip_3_response_200_runs_item",
    "ScenariosRunSip3Response200RunsItemStatus": ".scenarios_run_sip_3_response_200_runs_item_status",
    "ScenariosRunSip3Response200RunsItemTestProfileDataType0": ".scenarios_run_sip_3_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunSip3Response200Status": ".scenarios_run_sip_3_response_200_status",
    "ScenariosRunSip3Response400": ".scenarios_run_sip_3_response_400",
    "ScenariosRunSipResponse200": ".scenarios_run_sip_response_200",
    "ScenariosRunSipResponse200RunsItem": ".scenarios_run_sip_response_200_runs_item",
    "ScenariosRunSipResponse200RunsItemStatus": ".scenarios_run_sip_response_200_runs_item_status",
    "ScenariosRunSipResponse200RunsItemTestProfileDataType0": ".scenarios_run_sip_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunSipResponse200Status": ".scenarios_run_sip_response_200_status",
    "ScenariosRunSipResponse400": ".scenarios_run_sip_response_400",
    "ScenariosRunText2Response201": ".scenarios_run_text_2_response_201",
    "ScenariosRunText2Response201RunsItem": ".scenarios_run_text_2_response_201_runs_item",
    "ScenariosRunText2Response201RunsItemStatus": ".scenarios_run_text_2_response_201_runs_item_status",
    "ScenariosRunText2Response201RunsItemTestProfileDataType0": ".scenarios_run_text_2_response_201_runs_item_test_profile_data_type_0",
    "ScenariosRunText2Response201Status": ".scenarios_run_text_2_response_201_status",
    "ScenariosRunText2Response400": ".scenarios_run_text_2_response_400",
    "ScenariosRunText3Response201": ".scenarios_run_text_3_response_201",
    "ScenariosRunText3Response201RunsItem": ".scenarios_run_text_3_response_201_runs_item",
    "ScenariosRunText3Response201RunsItemStatus": ".scenarios_run_text_3_response_201_runs_item_status",
    "ScenariosRunText3Response201RunsItemTestProfileDataType0": ".scenarios_run_text_3_response_201_runs_item_test_profile_data_type_0",
    "ScenariosRunText3Response201Status": ".scenarios_run_text_3_response_201_status",
    "ScenariosRunText3Response400": ".scenarios_run_text_3_response_400",
    "ScenariosRunTextResponse201": ".scenarios_run_text_response_201",
    "ScenariosRunTextResponse201RunsItem": ".scenarios_run_text_response_201_runs_item",
    "ScenariosRunTextResponse201RunsItemStatus": ".scenarios_run_text_response_201_runs_item_status",
    "ScenariosRunTextResponse201RunsItemTestProfileDataType0": ".scenarios_run_text_response_201_runs_item_test_profile_data_type_0",
    "ScenariosRunTextResponse201Status": ".scenarios_run_text_response_201_status",
    "ScenariosRunTextResponse400": ".scenarios_run_text_response_400",
    "ScenariosRunVapiWebrtc2Response200": ".scenarios_run_vapi_webrtc_2_response_200",
    "ScenariosRunVapiWebrtc2Response200RunsItem": ".scenarios_run_vapi_webrtc_2_response_200_runs_item",
    "ScenariosRunVapiWebrtc2Response200RunsItemStatus": ".scenarios_run_vapi_webrtc_2_response_200_runs_item_status",
    "ScenariosRunVapiWebrtc2Response200RunsItemTestProfileDataType0": ".scenarios_run_vapi_webrtc_2_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunVapiWebrtc2Response200Status": ".scenarios_run_vapi_webrtc_2_response_200_status",
    "ScenariosRunVapiWebrtc2Response400": ".scenarios_run_vapi_webrtc_2_response_400",
    "ScenariosRunVapiWebrtc3Response200": ".scenarios_run_vapi_webrtc_3_response_200",
    "ScenariosRunVapiWebrtc3Response200RunsItem": ".scenarios_run_vapi_webrtc_3_response_200_runs_item",
    "ScenariosRunVapiWebrtc3Response200RunsItemStatus": ".scenarios_run_vapi_webrtc_3_response_200_runs_item_status",
    "ScenariosRunVapiWebrtc3Response200RunsItemTestProfileDataType0": ".scenarios_run_vapi_webrtc_3_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunVapiWebrtc3Response200Status": ".scenarios_run_vapi_webrtc_3_response_200_status",
    "ScenariosRunVapiWebrtc3Response400": ".scenarios_run_vapi_webrtc_3_response_400",
    "ScenariosRunVapiWebrtcResponse200": ".scenarios_run_vapi_webrtc_response_200",
    "ScenariosRunVapiWebrtcResponse200RunsItem": ".scenarios_run_vapi_webrtc_response_200_runs_item",
    "ScenariosRunVapiWebrtcResponse200RunsItemStatus": ".scenarios_run_vapi_webrtc_response_200_runs_item_status",
    "ScenariosRunVapiWebrtcResponse200RunsItemTestProfileDataType0": ".scenarios_run_vapi_webrtc_response_200_runs_item_test_profile_data_type_0",
    "ScenariosRunVapiWebrtcResponse200Status": ".scenarios_run_vapi_webrtc_response_200_status",
    "ScenariosRunVapiWebrtcResponse400": ".scenarios_run_vapi_webrtc_response_400",
    "ScenariosRunVoice2Response201": ".scenarios_run_voice_2_response_201",
    "ScenariosRunVoice2Response201RunsItem": ".scenarios_run_voice_2_response_201_runs_item",
    "ScenariosRunVoice2Response201RunsItemStatus": ".scenarios_run_voice_2_response_201_runs_item_status",
    "ScenariosRunVoice2Response201RunsItemTestProfileDataType0": ".scenarios_run_voice_2_response_201_runs_item_test_profile_data_type_0",
    "ScenariosRunVoice2Response201Status": ".scenarios_run_voice_2_response_201_status",
    "ScenariosRunVoice2Response400": ".scenarios_run_voice_2_response_400",
    "ScenariosRunVoice3Response201": ".scenarios_run_voice_3_response_201",
    "ScenariosRunVoice3Response201RunsItem": ".scenarios_run_voice_3_response_201_runs_item",
    "ScenariosRunVoice3Response201RunsItemStatus": ".scenarios_run_voice_3_response_201_runs_item_status",
    "ScenariosRunVoice3Response201RunsItemTestProfileDataType0": ".scenarios_run_voice_3_response_201_runs_item_test_profile_data_type_0",
    "ScenariosRunVoice3Response201Status": ".scenarios_run_voice_3_response_201_status",
    "ScenariosRunVoice3Response400": ".scenarios_run_voice_3_response_400",
    "ScenariosRunVoiceResponse201": ".scenarios_run_voice_response_201",
    "ScenariosRunVoiceResponse201RunsItem": ".scenarios_run_voice_response_201_runs_item",
    "ScenariosRunVoiceResponse201RunsItemStatus": ".scenarios_run_voice_response_201_runs_item_status",
    "ScenariosRunVoiceResponse201RunsItemTestProfileDataType0": ".scenarios_run_voice_response_201_runs_item_test_profile_data_type_0",
    "ScenariosRunVoiceResponse201Status": ".scenarios_run_voice_response_201_status",
    "ScenariosRunVoiceResponse400": ".scenarios_run_voice_response_400",
    "ScenariosRunWebsocket2Response201": ".scenarios_run_websocket_2_response_201",
    "ScenariosRunWebsocket2Response201RunsItem": ".scenarios_run_websocket_2_response_201_runs_item",
    "ScenariosRunWebsocket2Response201RunsItemStatus": ".scenarios_run_websocket_2_response_201_runs_item_status",
    "ScenariosRunWebsocket2Response201RunsItemTestProfileDataType0": ".scenarios_run_websocket_2_response_201_runs_item_test_profile_data_type_0",
    "ScenariosRunWebsocket2Response201Status": ".scenarios_run_websocket_2_response_201_status",
    "ScenariosRunWebsocket2Response400": ".scenarios_run_websocket_2_response_400",
    "ScenariosRunWebsocket3Response201": ".scenarios_run_websocket_3_response_201",
    "ScenariosRunWebsocket3Response201RunsItem": ".scenarios_run_websocket_3_response_201_runs_item",
    "ScenariosRunWebsocket3Response201RunsItemStatus": ".scenarios_run_websocket_3_response_201_runs_item_status",
    "ScenariosRunWebsocket3Response201RunsItemTestProfileDataType0": ".scenarios_run_websocket_3_response_201_runs_item_test_profile_data_type_0",
    "ScenariosRunWebsocket3Response201Status": ".scenarios_run_websocket_3_response_201_status",
    "ScenariosRunWebsocket3Response400": ".scenarios_run_websocket_3_response_400",
    "ScenariosRunWebsocketResponse201": ".scenarios_run_websocket_response_201",
    "ScenariosRunWebsocketResponse201RunsItem": ".scenarios_run_websocket_response_201_runs_item",
    "ScenariosRunWebsocketResponse201RunsItemStatus": ".scenarios_run_websocket_response_201_runs_item_status",
    "ScenariosRunWebsocketResponse201RunsItemTestProfileDataType0": ".scenarios_run_websocket_response_201_runs_item_test_profile_data_type_0",
    "ScenariosRunWebsocketResponse201Status": ".scenarios_run_websocket_response_201_status",
    "ScenariosRunWebsocketResponse400": ".scenarios_run_websocket_response_400",
    "SchemaAgentProviderCreate": ".schema_agent_provider_create",
    "SchemaAgentProviderCreateRedactFieldsType0Item": ".schema_agent_provider_create_redact_fields_type_0_item",
    "SchemaAgentProviderCreateType": ".schema_agent_provider_create_type",
    "SchemaCreateScenariosProgressResponse": ".schema_create_scenarios_progress_response",
    "SchemaCreateScenariosProgressResponseErrorsItem": ".schema_create_scenarios_progress_response_errors_item",
    "SchemaCreateShareableLinkTokenResponse": ".schema_create_shareable_link_token_response",
    "SchemaElevenLabsData": ".schema_eleven_labs_data",
    "SchemaGenerateMetricsMetricCreate": ".schema_generate_metrics_metric_create",
    "SchemaGenerateMetricsResponse": ".schema_generate_metrics_response",
    "SchemaGenerateScenarios": ".schema_generate_scenarios",
    "SchemaGenerateScenariosAttackTypeType1": ".schema_generate_scenarios_attack_type_type_1",
    "SchemaGenerateScenariosAttackTypeType2Type1": ".schema_generate_scenarios_attack_type_type_2_type_1",
    "SchemaGenerateScenariosAttackTypeType3Type1": ".schema_generate_scenarios_attack_type_type_3_type_1",
    "SchemaGenerateScenariosScenarioType": ".schema_generate_scenarios_scenario_type",
    "SchemaGenerateScenariosSimulationType": ".schema_generate_scenarios_simulation_type",
    "SchemaGenerateScenariosUpload": ".schema_generate_scenarios_upload",
    "SchemaGenerateScenariosUploadAttackTypeType1": ".schema_generate_scenarios_upload_attack_type_type_1",
    "SchemaGenerateScenariosUploadAttackTypeType2Type1": ".schema_generate_scenarios_upload_attack_type_type_2_type_1",
    "SchemaGenerateScenariosUploadAttackTypeType3Type1": ".schema_generate_scenarios_upload_attack_type_type_3_type_1",
    "SchemaGenerateScenariosUploadScenarioType": ".schema_generate_scenarios_upload_scenario_type",
    "SchemaGenerateScenariosUploadSimulationType": ".schema_generate_scenarios_upload_simulation_type",
    "SchemaPipecatScenario": ".schema_pipecat_scenario",
    "SchemaPipecatV2Data": ".schema_pipecat_v2_data",
    "SchemaPipecatV2Scenario": ".schema_pipecat_v2_scenario",
    "SchemaPostAIAgentTestProfileExternal": ".schema_post_ai_agent_test_profile_external",
    "SchemaPostAIAgentTestProfileExternalInformation": ".schema_post_ai_agent_test_profile_external_information",
    "SchemaPostAIAgentV2": ".schema_post_ai_agent_v2",
    "SchemaPostAIAgentV2Language": ".schema_post_ai_agent_v2_language",
    "SchemaPostBulkDeleteResults": ".schema_post_bulk_delete_results",
    "SchemaPostBulkEvaluateResultMetrics": ".schema_post_bulk_evaluate_result_metrics",
    "SchemaPostCopyAgent": ".schema_post_copy_agent",
    "SchemaPostCreateFromCallLogRequest": ".schema_post_create_from_call_log_request",
    "SchemaPostCreateFromCallLogsRequest": ".schema_post_create_from_call_logs_request",
    "SchemaPostCreateFromRunRequest": ".schema_post_create_from_run_request",
    "SchemaPostCreateScenarios": ".schema_post_create_scenarios",
    "SchemaPostCreateShareableLinkToken": ".schema_post_create_shareable_link_token",
    "SchemaPostCronJob": ".schema_post_cron_job",
    "SchemaPostCronJobExecutionMode": ".schema_post_cron_job_execution_mode",
    "SchemaPostCronJobTimezone": ".schema_post_cron_job_timezone",
    "SchemaPostDeleteRuns": ".schema_post_delete_runs",
    "SchemaPostMetricEdit": ".schema_post_metric_edit",
    "SchemaPostMetricEditConfiguration": ".schema_post_metric_edit_configuration",
    "SchemaPostMetricEditEvalType": ".schema_post_metric_edit_eval_type",
    "SchemaPostMetricEditEvaluationTrigger": ".schema_post_metric_edit_evaluation_trigger",
    "SchemaPostMetricEditTriggerType": ".schema_post_metric_edit_trigger_type",
    "SchemaPostMetricEditType": ".schema_post_metric_edit_type",
    "SchemaPostReRunResultDetail": ".schema_post_re_run_result_detail",
    "SchemaPostRunScenarios": ".schema_post_run_scenarios",
    "SchemaPostRunScenariosApiChat": ".schema_post_run_scenarios_api_chat",
    "SchemaPostRunScenariosChirp": ".schema_post_run_scenarios_chirp",
    "SchemaPostRunScenariosChirpMode": ".schema_post_run_scenarios_chirp_mode",
    "SchemaPostRunScenariosElevenLabs": ".schema_post_run_scenarios_eleven_labs",
    "SchemaPostRunScenariosElevenLabsMode": ".schema_post_run_scenarios_eleven_labs_mode",
    "SchemaPostRunScenariosMode": ".schema_post_run_scenarios_mode",
    "SchemaPostRunScenariosPipecat": ".schema_post_run_scenarios_pipecat",
    "SchemaPostRunScenariosPipecatV2": ".schema_post_run_scenarios_pipecat_v2",
    "SchemaPostRunScenariosSip": ".schema_post_run_scenarios_sip",
    "SchemaPostRunScenariosSipMode": ".schema_post_run_scenarios_sip_mode",
    "SchemaPostRunScenariosText": ".schema_post_run_scenarios_text",
    "SchemaPostRunScenariosTextWebsocketHeaders": ".schema_post_run_scenarios_text_websocket_headers",
    "SchemaPostScenario": ".schema_post_scenario",
    "SchemaPostScenarioScenarioType": ".schema_post_scenario_scenario_type",
    "SchemaPostSimulateScenario": ".schema_post_simulate_scenario",
    "SchemaScenario": ".schema_scenario",
    "SchemaScenarioInformationFields": ".schema_scenario_information_fields",
    "SchemaScenarioScenarioLanguage": ".schema_scenario_scenario_language",
    "SchemaScenarioSuiteType": ".schema_scenario_suite_type",
    "SchemaUpdateAIAgentExternal": ".schema_update_ai_agent_external",
    "SchemaUpdateAIAgentExternalAssistantProvider": ".schema_update_ai_agent_external_assistant_provider",
    "SchemaUpdateAIAgentExternalLanguage": ".schema_update_ai_agent_external_language",
    "SchemaUpdateAIAgentExternalLlmModel": ".schema_update_ai_agent_external_llm_model",
    "SchemaUpdateAIAgentExternalTranscriptProvider": ".schema_update_ai_agent_external_transcript_provider",
    "SchemaUpdateAIAgentExternalWebsocketHeaders": ".schema_update_ai_agent_external_websocket_headers",
    "SelfHosted": ".self_hosted",
    "SelfHostedWebSocket": ".self_hosted_web_socket",
    "SelfHostedWebSocketHeaders": ".self_hosted_web_socket_headers",
    "SierraChatConfig": ".sierra_chat_config",
    "SimplifyPromptProgressResponse": ".simplify_prompt_progress_response",
    "SimplifyPromptRequest": ".simplify_prompt_request",
    "SimplifyPromptResponse": ".simplify_prompt_response",
    "SimulateScenarioTranscriptMessage": ".simulate_scenario_transcript_message",
    "SimulateScenarioTranscriptMessageRole": ".simulate_scenario_transcript_message_role",
    "SlackWorkspace": ".slack_workspace",
    "Subscription": ".subscription",
    "SubscriptionStatus": ".subscription_status",
    "SubscriptionStatusPack": ".subscription_status_pack",
    "SubscriptionStatusStatus": ".subscription_status_status",
    "Synthflow": ".synthflow",
    "TestFrameworkBillingUsageChartRetrieveTimePeriod": ".test_framework_billing_usage_chart_retrieve_time_period",
    "TestFrameworkV2ScenariosCancelAgentCreateBody": ".test_framework_v2_scenarios_cancel_agent_create_body",
    "TestFrameworkV2ScenariosCancelAgentCreateResponse200": ".test_framework_v2_scenarios_cancel_agent_create_response_200",
    "TestFrameworkV2ScenariosCancelAgentCreateResponse400": ".test_framework_v2_scenarios_cancel_agent_create_response_400",
    "TestFrameworkV2ScenariosConditionAudioCreateBody": ".test_framework_v2_scenarios_condition_audio_create_body",
    "TestFrameworkV2ScenariosConditionAudioCreateResponse400": ".test_framework_v2_scenarios_condition_audio_create_response_400",
    "TestFrameworkV2ScenariosConditionAudioCreateResponse409": ".test_framework_v2_scenarios_condition_audio_create_response_409",
    "TestFrameworkV2ScenariosConditionAudioDestroyResponse200": ".test_framework_v2_scenarios_condition_audio_destroy_response_200",
    "TestFrameworkV2ScenariosConditionAudioDestroyResponse404": ".test_framework_v2_scenarios_condition_audio_destroy_response_404",
    "TestFrameworkV2ScenariosCreateResponse400": ".test_framework_v2_scenarios_create_response_400",
    "TestFrameworkV2ScenariosDestroyResponse404": ".test_framework_v2_scenarios_destroy_response_404",
    "TestFrameworkV2ScenariosDiscardChangesCreateBody": ".test_framework_v2_scenarios_discard_changes_create_body",
    "TestFrameworkV2ScenariosDiscardChangesCreateResponse200": ".test_framework_v2_scenarios_discard_changes_create_response_200",
    "TestFrameworkV2ScenariosDiscardChangesCreateResponse400": ".test_framework_v2_scenarios_discard_changes_create_response_400",
    "TestFrameworkV2ScenariosDuplicateCreateResponse400": ".test_framework_v2_scenarios_duplicate_create_response_400",
    "TestFrameworkV2ScenariosImproveInstructionsCreateResponse400": ".test_framework_v2_scenarios_improve_instructions_create_response_400",
    "TestFrameworkV2ScenariosListTagFilterType": ".test_framework_v2_scenarios_list_tag_filter_type",
    "TestFrameworkV2ScenariosPartialUpdateResponse400": ".test_framework_v2_scenarios_partial_update_response_400",
    "TestFrameworkV2ScenariosRetrieveResponse404": ".test_framework_v2_scenarios_retrieve_response_404",
    "TestProfileData": ".test_profile_data",
    "TestProfileDataInformation": ".test_profile_data_information",
    "TestProfilesCreateResponse400": ".test_profiles_create_response_400",
    "TestProfilesDestroyResponse404": ".test_profiles_destroy_response_404",
    "TestProfilesExternalCreateResponse400": ".test_profiles_external_create_response_400",
    "TestProfilesExternalDestroyResponse404": ".test_profiles_external_destroy_response_404",
    "TestSetDetail": ".test_set_detail",
    "TestSetDetailSourceModel": ".test_set_detail_source_model",
    "TestSetInline": ".test_set_inline",
    "TestSetInlineSourceModel": ".test_set_inline_source_model",
    "TestSuiteSpecUpload": ".test_suite_spec_upload",
    "TestSuiteSpecUploadChannel": ".test_suite_spec_upload_channel",
    "TestSuiteSpecUploadFile": ".test_suite_spec_upload_file",
    "TestSuiteSpecUploadFileChannel": ".test_suite_spec_upload_file_channel",
    "TestSuiteSpecUploadFileLivekitData": ".test_suite_spec_upload_file_livekit_data",
    "TestSuiteSpecUploadFilePipecatData": ".test_suite_spec_upload_file_pipecat_data",
    "TestSuiteSpecUploadLivekitData": ".test_suite_spec_upload_livekit_data",
    "TestSuiteSpecUploadPipecatData": ".test_suite_spec_upload_pipecat_data",
    "TokenRefresh": ".token_refresh",
    "Tool": ".tool",
    "ToolSubscribersItem": ".tool_subscribers_item",
    "TranscriptFunctionCallData": ".transcript_function_call_data",
    "UsageChartResponse": ".usage_chart_response",
    "UsageChartResponseDataItem": ".usage_chart_response_data_item",
    "UsageChartResponseMetadata": ".usage_chart_response_metadata",
    "UserAPIKey": ".user_api_key",
    "UserConfiguration": ".user_configuration",
    "UserConfigurationConfigurationType": ".user_configuration_configuration_type",
    "UserInline": ".user_inline",
    "UserMembership": ".user_membership",
    "UserMembershipRole": ".user_membership_role",
    "VAPI": ".vapi",
    "View": ".view",
    "Widget": ".widget",
    "WidgetAggregationFunctionType1": ".widget_aggregation_function_type_1",
    "WidgetAggregationFunctionType2Type1": ".widget_aggregation_function_type_2_type_1",
    "WidgetAggregationFunctionType3Type1": ".widget_aggregation_function_type_3_type_1",
    "WidgetChartType": ".widget_chart_type",
    "WidgetDataResponse": ".widget_data_response",
    "WidgetDataResponseDataItem": ".widget_data_response_data_item",
    "WidgetDataResponseMetadata": ".widget_data_response_metadata",
    "WidgetDataResponseMetadataDataType": ".widget_data_response_metadata_data_type",
    "WidgetDataTypeType1": ".widget_data_type_type_1",
    "WidgetDataTypeType2Type1": ".widget_data_type_type_2_type_1",
    "WidgetDataTypeType3Type1": ".widget_data_type_type_3_type_1",
    "WidgetEffectiveFilters": ".widget_effective_filters",
    "WidgetEffectiveFiltersOp": ".widget_effective_filters_op",
    "WidgetEffectiveFiltersOperator": ".widget_effective_filters_operator",
    "WidgetFiltersType0": ".widget_filters_type_0",
    "WidgetFiltersType0Op": ".widget_filters_type_0_op",
    "WidgetFiltersType0Operator": ".widget_filters_type_0_operator",
    "WidgetTimePeriodType1": ".widget_time_period_type_1",
    "WidgetTimePeriodType2Type1": ".widget_time_period_type_2_type_1",
    "WidgetTimePeriodType3Type1": ".widget_time_period_type_3_type_1",
}


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_MODULES[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "ActiveMessageStatus",
    "ActiveMessageStatusStatus",
    "AgentAutoFetchErrorResponse",
    "AgentAutoFetchProgressErrorResponse",
    "AgentAutoFetchProgressResponse",
    "AgentAutoFetchProgressResponseStagesItem",
    "AgentAutoFetchProgressResponseStatus",
    "AgentAutoFetchResponse",
    "AgentCredentials",
    "AgentDynamicVariableRead",
    "AgentDynamicVariableWrite",
    "Agentforce",
    "AgentImprovementPromoteRequest",
    "AgentImprovementSession",
    "AgentImprovementSessionCloneState",
    "AgentImprovementSessionPromotionSummaryType0",
    "AgentImprovementSessionProposalSummaryType0",
    "AgentImprovementSessionSlackNotificationStatus",
    "AgentImprovementSessionSource",
    "AgentImprovementSessionStageStatusType1",
    "AgentImprovementSessionStageStatusType2Type1",
    "AgentImprovementSessionStageStatusType3Type1",
    "AgentImprovementSessionStageType1",
    "AgentImprovementSessionStageType2Type1",
    "AgentImprovementSessionStageType3Type1",
    "AgentImprovementSessionStatus",
    "AgentImprovementSessionUserGuidanceItem",
    "AgentKnowledgeBaseFileWrite",
    "AgentMockToolRead",
    "AgentMockToolServedVia",
    "AgentMockToolServedViaType",
    "AgentMockToolServedViaWrite",
    "AgentMockToolServedViaWriteType",
    "AgentMockToolWrite",
    "AgentProvider",
    "AgentProviderRedactFieldsType0Item",
    "AgentProviderType",
    "AgentTelephony",
    "AIAgent",
    "AIAgentAssistantProvider",
    "AIAgentConfigureFromProviderResponse",
    "AIAgentDynamicVariable",
    "AIAgentHistory",
    "AIAgentHistoryHistoryType",
    "AIAgentHistoryLanguage",
    "AIAgentLanguage",
    "AIAgentList",
    "AIAgentListLanguage",
    "AIAgentLlmModel",
    "AIAgentRestoreRequest",
    "AiagentsCreateResponse400",
    "AiagentsDeleteKnowledgeBaseDestroyResponse200",
    "AiagentsDeleteKnowledgeBaseDestroyResponse400",
    "AiagentsDestroyResponse400",
    "AiagentsDisablePersonalitiesCreateResponse400",
    "AiagentsDuplicateCreateResponse400",
    "AiagentsEnablePersonalitiesCreateResponse400",
    "AiagentsKnowledgeBaseListResponse404",
    "AiagentsPartialUpdateResponse400",
    "AiagentsRetrieveResponse404",
    "AiagentsToolDestroyResponse404",
    "AiagentsUpdateResponse400",
    "AiagentsUploadKnowledgeBase2FilesBody",
    "AiagentsUploadKnowledgeBase2JsonBody",
    "AiagentsUploadKnowledgeBase2JsonBodyFilesItem",
    "AiagentsUploadKnowledgeBase2Response400",
    "AiagentsUploadKnowledgeBaseFilesBody",
    "AiagentsUploadKnowledgeBaseJsonBody",
    "AiagentsUploadKnowledgeBaseJsonBodyFilesItem",
    "AiagentsUploadKnowledgeBaseResponse400",
    "AiagentsV1CreateResponse400",
    "AiagentsV1DeleteKnowledgeBaseDestroyResponse200",
    "AiagentsV1DeleteKnowledgeBaseDestroyResponse400",
    "AiagentsV1DestroyResponse400",
    "AiagentsV1DuplicateCreateResponse400",
    "AiagentsV1KnowledgeBaseListResponse404",
    "AiagentsV1ListResponse404",
    "AiagentsV1PartialUpdateResponse400",
    "AiagentsV1RetrieveResponse404",
    "AiagentsV1UpdateResponse400",
    "AIAgentTestProfile",
    "AIAgentTestProfileList",
    "AIAgentTranscriptProvider",
    "AIAgentV2",
    "AIAgentV2Language",
    "AIAgentWebsocketHeaders",
    "AlertCreate",
    "AlertCreatePreset",
    "AlertCreateSourceType",
    "AlertDetail",
    "AlertDetailSourceObjectDetails",
    "AlertDetailSourceType",
    "AlertList",
    "AlertListSourceType",
    "AlertsListSourceType",
    "AlertUpdate",
    "AlertUpdatePreset",
    "AmazonConnectChatConfig",
    "AmazonConnectConfig",
    "ApiChatFinish",
    "ApiChatFinishResponse",
    "ApiChatTurn",
    "ApiChatTurnData",
    "ApiChatTurnMetadata",
    "ApiChatTurnPollResponse",
    "ApiChatTurnRole",
    "ApiChatTurnSubmitResponse",
    "AskAboutFailuresReportsRequest",
    "AskAboutFailuresRequest",
    "AuditLog",
    "AuditLogActionTypeType1",
    "AuditLogActionTypeType2Type1",
    "AuditLogActionTypeType3Type1",
    "AuditLogOperationTypeType1",
    "AuditLogOperationTypeType2Type1",
    "AuditLogOperationTypeType3Type1",
    "AutoFetchErrorResponse",
    "AutoFetchProgressErrorResponse",
    "AutoFetchProgressResponse",
    "AutoFetchProgressResponseStatus",
    "AutoFetchToolsRequest",
    "AutoFetchToolsRequestMcpServerHeaders",
    "AutoFetchToolsRequestProvider",
    "AutoFetchToolsResponse",
    "Billing",
    "BillingInfo",
    "BillingType",
    "BlandChatConfig",
    "BlandConfig",
    "BulkAgentAssignment",
    "BulkAgentAssignmentMode",
    "BulkAgentAssignmentResponse",
    "BulkDeleteResults2Response400",
    "BulkDeleteResults3Response400",
    "BulkDeleteResultsResponse400",
    "BulkEvaluateResultMetrics2Response400",
    "BulkEvaluateResultMetrics3Response400",
    "BulkEvaluateResultMetricsResponse400",
    "BulkImportPlivoNumber",
    "BulkImportPlivoNumberPhoneNumbersItem",
    "BulkImportPlivoResponse",
    "BulkImportPlivoResponseSummary",
    "BulkImportResponse",
    "BulkImportResponseSummary",
    "BulkImportTelnyxNumber",
    "BulkImportTelnyxNumberPhoneNumbersItem",
    "BulkImportTelnyxResponse",
    "BulkImportTelnyxResponseSummary",
    "BulkImportTwilioNumber",
    "BulkImportTwilioNumberPhoneNumbersItem",
    "BulkWidgetDataRequest",
    "BulkWidgetDataRequestFilters",
    "BulkWidgetDataRequestFiltersOp",
    "BulkWidgetDataRequestFiltersOperator",
    "BulkWidgetOperationRequest",
    "BulkWidgetOperationRequestCreateItem",
    "BulkWidgetOperationRequestUpdateItem",
    "BulkWidgetOperationResponse",
    "BulkWidgetOperationResponseErrorsItem",
    "CallLogCriticalCategories",
    "CallLogCriticalCategoriesPriority",
    "CallLogDetail",
    "CallLogDetailDynamicVariables",
    "CallLogDetailMetadata",
    "CallLogDetailStatus",
    "CallLogList",
    "CallLogListSerializerMetrics",
    "CallLogListSerializerMetricsWithExplanation",
    "CallLogListSerializerMetricsWithExplanationExtra",
    "CallLogListStatus",
    "CallLogsBulkDelete2Response400",
    "CallLogsBulkDelete3Response400",
    "CallLogsBulkDeleteResponse400",
    "CallLogsCreateScenarios2Response200",
    "CallLogsCreateScenarios2Response400",
    "CallLogsCreateScenarios2Response403",
    "CallLogsCreateScenarios3Response200",
    "CallLogsCreateScenarios3Response400",
    "CallLogsCreateScenarios3Response403",
    "CallLogsCreateScenariosProgress2Response400",
    "CallLogsCreateScenariosProgress3Response400",
    "CallLogsCreateScenariosProgressResponse400",
    "CallLogsCreateScenariosResponse200",
    "CallLogsCreateScenariosResponse400",
    "CallLogsCreateScenariosResponse403",
    "CallLogsDestroyResponse404",
    "CallLogsEvaluateMetricsCreateResponse400",
    "CallLogsExternalDestroyResponse404",
    "CallLogsExternalEvaluateMetricsCreateResponse400",
    "CallLogsExternalMarkMetricVoteCreateResponse400",
    "CallLogsExternalMarkMetricVoteCreateResponse404",
    "CallLogsExternalRerunEvaluationCreateResponse400",
    "CallLogsExternalRetrieveResponse404",
    "CallLogsMarkMetricVoteCreateResponse400",
    "CallLogsMarkMetricVoteCreateResponse404",
    "CallLogsRerunEvaluationCreateResponse400",
    "CallLogsRetrieveResponse404",
    "CallLogTraceResponse",
    "CallLogTranscriptObject",
    "ChatAgentDetails",
    "ChatAgentDetailsType",
    "CheckoutTokenRequest",
    "CleanMetricDescriptionRequest",
    "CleanMetricDescriptionRequestEvalType",
    "Condition",
    "ConditionalActions",
    "ConditionAudioEntry",
    "ConditionType",
    "ConversationContextItem",
    "ConversationContextItemRole",
    "ConversationStatus",
    "CreateCallLog",
    "CreateCallLogRedactFieldsItem",
    "CreateCallLogTranscriptType",
    "CreateCallLogUpload",
    "CreateCallLogUploadRedactFieldsItem",
    "CreateCallLogUploadTranscriptType",
    "CreateFromRunsRequest",
    "CreatePersonality",
    "CreatePersonalityLanguage",
    "CreatePersonalityProvider",
    "CreateShareableLinkToken2Response400",
    "CreateShareableLinkToken3Response400",
    "CreateShareableLinkTokenResponse400",
    "CriticalMetricCategory",
    "CriticalMetricCategoryPriority",
    "CriticalMetricScenario",
    "CriticalMetricScenarioPriority",
    "CriticalMetricScenariosExternalPartialUpdateResponse400",
    "CriticalMetricScenariosExternalRetrieveResponse404",
    "CriticalMetricScenariosPartialUpdateResponse400",
    "CriticalMetricScenariosRetrieveResponse404",
    "CronJob",
    "CronJobCreatedViaType1",
    "CronJobCreatedViaType2Type1",
    "CronJobCreatedViaType3Type1",
    "CronJobExecutionMode",
    "CronJobNotifyOn",
    "CustomTokenObtainPair",
    "Dashboard",
    "DashboardFiltersType0",
    "DashboardFiltersType0Op",
    "DashboardFiltersType0Operator",
    "DashboardList",
    "DashboardListFiltersType0",
    "DashboardListFiltersType0Op",
    "DashboardListFiltersType0Operator",
    "DeepResearchInsight",
    "DeepResearchInsightGenerate",
    "DeepResearchInsightStatus",
    "DeepResearchModeDismissalCreate",
    "DeleteCallLogs",
    "DeleteFolderRequest",
    "DeleteRuns2Response400",
    "DeleteRuns2Response404",
    "DeleteRuns3Response400",
    "DeleteRuns3Response404",
    "DeleteRunsResponse400",
    "DeleteRunsResponse404",
    "DisablePersonalitiesRequest",
    "DisablePersonalitiesResponse",
    "DiscordServer",
    "DuplicateDashboardRequest",
    "DuplicateScenariosRequest",
    "ElevenLabs",
    "ElevenLabsElevenlabsRegion",
    "EnableDisablePersonalities",
    "EnablePersonalitiesRequest",
    "EndCall2Response404",
    "EndCall3Response404",
    "EndCallResponse404",
    "EndCalls2Response404",
    "EndCalls3Response404",
    "EndCallsResponse404",
    "EvaluateLlmJudgeMetricRequest",
    "EvaluateLlmJudgeMetricResponse",
    "EvaluateMetrics",
    "Evaluation",
    "ExpectedOutcome",
    "ExportScenarios2ExportType",
    "ExportScenarios2Response400",
    "ExportScenarios2Response404",
    "ExportScenarios3ExportType",
    "ExportScenarios3Response400",
    "ExportScenarios3Response404",
    "ExportScenariosExportType",
    "ExportScenariosResponse400",
    "ExportScenariosResponse404",
    "FailureCategoryCallsResponse",
    "ForkPersonality",
    "GenerateClarifyAnswer",
    "GenerateCleanDescriptionBgResponse",
    "GenerateCleanDescriptionProgressResponse",
    "Genesys",
    "ImportPlivoNumber",
    "ImportTelnyxNumber",
    "ImportTwilioNumber",
    "ImproveInstructionsResponse",
    "InsightMetricConfig",
    "InsightReproductionRequest",
    "InsightReproductionSession",
    "InsightReproductionSessionStatus",
    "Invite",
    "InviteInviteType",
    "InviteRole",
    "InviteStatus",
    "KnowledgeBaseConnector",
    "KnowledgeBaseConnectorConnectorType",
    "KnowledgeBaseConnectorList",
    "KnowledgeBaseConnectorListConnectorType",
    "KnowledgeBaseFile",
    "KoreAi",
    "LiveKit",
    "LivekitRunDataOverride",
    "LivekitScenario",
    "MarkMetricVote",
    "MarkMetricVoteCallLogResponse",
    "MarkMetricVoteRunResponse",
    "MembershipInline",
    "MembershipInlineRole",
    "MetricBasicList",
    "MetricBasicListAlertType",
    "MetricBasicListEvalType",
    "MetricDetailSerializerV2",
    "MetricDetailSerializerV2AlertType",
    "MetricDetailSerializerV2EvalType",
    "MetricDetailSerializerV2EvaluationTrigger",
    "MetricDetailSerializerV2SignificantChangeAlertDirection",
    "MetricDetailSerializerV2SignificantChangeAlertStatus",
    "MetricDetailSerializerV2TriggerType",
    "MetricDetailSerializerV2Type",
    "MetricDetailV2",
    "MetricDetailV2AlertType",
    "MetricDetailV2EvalType",
    "MetricDetailV2EvaluationTrigger",
    "MetricDetailV2SignificantChangeAlertDirection",
    "MetricDetailV2SignificantChangeAlertStatus",
    "MetricDetailV2TriggerType",
    "MetricDetailV2Type",
    "MetricEditSerializerV2",
    "MetricEditSerializerV2AlertType",
    "MetricEditSerializerV2EvalType",
    "MetricEditSerializerV2EvaluationTrigger",
    "MetricEditSerializerV2LlmProvider",
    "MetricEditSerializerV2RelevanceLlmProvider",
    "MetricEditSerializerV2SignificantChangeAlertDirection",
    "MetricEditSerializerV2SignificantChangeAlertStatus",
    "MetricEditSerializerV2TriggerType",
    "MetricEditSerializerV2Type",
    "MetricFailureModeFixMetric",
    "MetricFailureModeInsight",
    "MetricFailureModeInsightBulkGenerate",
    "MetricFailureModeInsightGenerate",
    "MetricFailureModeInsightGenerateScenario",
    "MetricFailureModeInsightStatus",
    "MetricHistory",
    "MetricHistoryAlertType",
    "MetricHistoryEvalType",
    "MetricHistoryEvaluationTrigger",
    "MetricHistoryHistoryType",
    "MetricHistoryLlmProvider",
    "MetricHistoryRelevanceLlmProvider",
    "MetricHistorySignificantChangeAlertDirection",
    "MetricHistorySignificantChangeAlertStatus",
    "MetricHistoryTriggerType",
    "MetricHistoryType",
    "MetricList",
    "MetricListAlertType",
    "MetricListEvalType",
    "MetricListEvaluationTrigger",
    "MetricListSerializerV2",
    "MetricListSerializerV2AlertType",
    "MetricListSerializerV2EvalType",
    "MetricListSerializerV2EvaluationTrigger",
    "MetricListSerializerV2SignificantChangeAlertDirection",
    "MetricListSerializerV2SignificantChangeAlertStatus",
    "MetricListSerializerV2TriggerType",
    "MetricListSerializerV2Type",
    "MetricListSignificantChangeAlertDirection",
    "MetricListSignificantChangeAlertStatus",
    "MetricListTriggerType",
    "MetricListType",
    "MetricOptimiserCronJob",
    "MetricOptimiserCronJobCreatedViaType1",
    "MetricOptimiserCronJobCreatedViaType2Type1",
    "MetricOptimiserCronJobCreatedViaType3Type1",
    "MetricOptimiserCronJobNotifyOn",
    "MetricOptimizerChatSession",
    "MetricOptimizerChatSessionStatus",
    "MetricPreview",
    "MetricPreviewData",
    "MetricPreviewDataEvalType",
    "MetricPreviewDataEvaluationTrigger",
    "MetricPreviewDataTriggerType",
    "MetricPreviewDataType",
    "MetricReorderResponse",
    "MetricRestoreRequest",
    "MetricReviewDetail",
    "MetricReviewInline",
    "MetricRollingStats",
    "MetricRollingStatsPatch",
    "MetricsBulkCreate2Response400",
    "MetricsBulkCreate3Response400",
    "MetricsBulkCreateResponse400",
    "MetricsCreateResponse400",
    "MetricsDestroyResponse404",
    "MetricsGenerate2Response400",
    "MetricsGenerate3Response400",
    "MetricsGenerateResponse400",
    "MetricsPartialUpdateResponse400",
    "MetricsPartialUpdateResponse404",
    "MetricsRetrieveResponse404",
    "MetricsUpdateResponse400",
    "MetricsV1CreateResponse400",
    "MetricsV1DestroyResponse404",
    "MetricsV1ExternalCreateResponse400",
    "MetricsV1ExternalDestroyResponse404",
    "MetricsV1ExternalPartialUpdateResponse400",
    "MetricsV1ExternalRetrieveResponse404",
    "MetricsV1ExternalUpdateResponse400",
    "MetricsV1PartialUpdateResponse400",
    "MetricsV1RetrieveResponse404",
    "MetricsV1UpdateResponse400",
    "MetricWithFeedback",
    "MockStatusMCPEndpoint",
    "MockStatusResponse",
    "MockStatusToolEndpoint",
    "MoveFolderRequest",
    "Notification",
    "NotificationSeverity",
    "ObservabilityV2CallLogsDestroyResponse404",
    "ObservabilityV2CallLogsEvaluateMetricsCreateResponse400",
    "ObservabilityV2CallLogsMarkMetricVoteCreateResponse400",
    "ObservabilityV2CallLogsMarkMetricVoteCreateResponse404",
    "ObservabilityV2CallLogsPartialUpdate2Response400",
    "ObservabilityV2CallLogsPartialUpdate2Response404",
    "ObservabilityV2CallLogsPartialUpdate3Response400",
    "ObservabilityV2CallLogsPartialUpdate3Response404",
    "ObservabilityV2CallLogsPartialUpdateResponse400",
    "ObservabilityV2CallLogsPartialUpdateResponse404",
    "ObservabilityV2CallLogsRerunEvaluationCreateResponse400",
    "ObservabilityV2CallLogsRetrieveResponse404",
    "ObserveCreateResponse400",
    "OpenPRRequest",
    "OptimizerChatMessageRequest",
    "OptimizerChatRegressionReviewItem",
    "OptimizerChatRegressionReviewItemSourceType",
    "OptimizerChatReoptimizeRequest",
    "OptimizerChatStartRequest",
    "Organization",
    "OrganizationCronjobLowBalanceMuteDays",
    "OrganizationInline",
    "OrganizationOnboardingFlow",
    "OrganizationTeamSize",
    "OrganizationTimezone",
    "OutcomeAlignment",
    "OverallEvaluation",
    "Pack",
    "PackAccessRequest",
    "PackAccessRequestStatus",
    "PackBillingType",
    "PackInline",
    "PackInlineBillingType",
    "PackInlineInterval",
    "PackInterval",
    "PaginatedAIAgentHistoryList",
    "PaginatedAIAgentList",
    "PaginatedAIAgentListList",
    "PaginatedAIAgentV2List",
    "PaginatedAuditLogList",
    "PaginatedCallLogListList",
    "PaginatedConditionAudioEntryList",
    "PaginatedCriticalMetricCategoryList",
    "PaginatedCriticalMetricScenarioList",
    "PaginatedDashboardListList",
    "PaginatedKnowledgeBaseFileList",
    "PaginatedMetricHistoryList",
    "PaginatedMetricRollingStatsList",
    "PaginatedNotificationList",
    "PaginatedOrganizationList",
    "PaginatedPersonalityList",
    "PaginatedResultList",
    "PaginatedRunListList",
    "PaginatedScenarioFolderList",
    "PaginatedScenarioHistoryList",
    "PaginatedScenarioList",
    "PaginatedScenarioListList",
    "PaginatedToolList",
    "PaginatedUserConfigurationList",
    "PaginatedViewList",
    "PaginatedWidgetDataResponseList",
    "PaginatedWidgetList",
    "PatchedAIAgentDynamicVariable",
    "PatchedAIAgentEditHistoryRequest",
    "PatchedAlertUpdate",
    "PatchedAlertUpdatePreset",
    "PatchedCreatePersonality",
    "PatchedCreatePersonalityLanguage",
    "PatchedCreatePersonalityProvider",
    "PatchedCriticalMetricCategory",
    "PatchedCriticalMetricCategoryPriority",
    "PatchedDashboard",
    "PatchedDashboardFiltersType0",
    "PatchedDashboardFiltersType0Op",
    "PatchedDashboardFiltersType0Operator",
    "PatchedDiscordServer",
    "PatchedInvite",
    "PatchedInviteInviteType",
    "PatchedInviteRole",
    "PatchedInviteStatus",
    "PatchedKnowledgeBaseConnector",
    "PatchedKnowledgeBaseConnectorConnectorType",
    "PatchedMetricEditHistoryRequest",
    "PatchedMetricEditSerializerV2",
    "PatchedMetricEditSerializerV2AlertType",
    "PatchedMetricEditSerializerV2EvalType",
    "PatchedMetricEditSerializerV2EvaluationTrigger",
    "PatchedMetricEditSerializerV2LlmProvider",
    "PatchedMetricEditSerializerV2RelevanceLlmProvider",
    "PatchedMetricEditSerializerV2SignificantChangeAlertDirection",
    "PatchedMetricEditSerializerV2SignificantChangeAlertStatus",
    "PatchedMetricEditSerializerV2TriggerType",
    "PatchedMetricEditSerializerV2Type",
    "PatchedMetricOptimiserCronJob",
    "PatchedMetricOptimiserCronJobCreatedViaType1",
    "PatchedMetricOptimiserCronJobCreatedViaType2Type1",
    "PatchedMetricOptimiserCronJobCreatedViaType3Type1",
    "PatchedMetricOptimiserCronJobNotifyOn",
    "PatchedMetricReorderRequest",
    "PatchedMetricReviewInline",
    "PatchedMetricRollingStatsPatch",
    "PatchedOrganization",
    "PatchedOrganizationCronjobLowBalanceMuteDays",
    "PatchedOrganizationOnboardingFlow",
    "PatchedOrganizationTeamSize",
    "PatchedOrganizationTimezone",
    "PatchedOverallEvaluation",
    "PatchedPredefinedMetric",
    "PatchedPredefinedMetricCategoryType1",
    "PatchedPredefinedMetricCategoryType2Type1",
    "PatchedPredefinedMetricCategoryType3Type1",
    "PatchedPredefinedMetricEvalType",
    "PatchedPredefinedMetricEvaluationTrigger",
    "PatchedPredefinedMetricType",
    "PatchedProject",
    "PatchedProviderCredentialDetail",
    "PatchedProviderCredentialDetailProvider",
    "PatchedRequestCriticalMetricScenario",
    "PatchedRequestCriticalMetricScenarioPriority",
    "PatchedResultDetailV2",
    "PatchedResultDetailV2Runs",
    "PatchedResultDetailV2Status",
    "PatchedRun",
    "PatchedRunEvaluationStatus",
    "PatchedRunGeneratedMockToolEntriesItem",
    "PatchedRunStatus",
    "PatchedScenarioEditHistoryRequest",
    "PatchedScenarioImprovementSessionDetail",
    "PatchedScenarioImprovementSessionDetailStatus",
    "PatchedSchemaPostAIAgentTestProfileExternal",
    "PatchedSchemaPostAIAgentTestProfileExternalInformation",
    "PatchedSchemaPostAIAgentV2",
    "PatchedSchemaPostAIAgentV2Language",
    "PatchedSchemaPostCronJob",
    "PatchedSchemaPostCronJobExecutionMode",
    "PatchedSchemaPostCronJobTimezone",
    "PatchedSchemaPostMetricEdit",
    "PatchedSchemaPostMetricEditConfiguration",
    "PatchedSchemaPostMetricEditEvalType",
    "PatchedSchemaPostMetricEditEvaluationTrigger",
    "PatchedSchemaPostMetricEditTriggerType",
    "PatchedSchemaPostMetricEditType",
    "PatchedSchemaPostScenario",
    "PatchedSchemaPostScenarioScenarioType",
    "PatchedSchemaUpdateAIAgentExternal",
    "PatchedSchemaUpdateAIAgentExternalAssistantProvider",
    "PatchedSchemaUpdateAIAgentExternalLanguage",
    "PatchedSchemaUpdateAIAgentExternalLlmModel",
    "PatchedSchemaUpdateAIAgentExternalTranscriptProvider",
    "PatchedSchemaUpdateAIAgentExternalWebsocketHeaders",
    "PatchedSlackWorkspace",
    "PatchedTool",
    "PatchedToolSubscribersItem",
    "PatchedUpdateCallLog",
    "PatchedUpdateCallLogDynamicVariables",
    "PatchedUpdateCallLogMetadata",
    "PatchedUpdateCallLogStatus",
    "PatchedUpdateCallLogTranscriptType",
    "PatchedUserAPIKey",
    "PatchedUserConfiguration",
    "PatchedUserConfigurationConfigurationType",
    "PatchedUserMembership",
    "PatchedUserMembershipRole",
    "PatchedView",
    "PatchedWidget",
    "PatchedWidgetAggregationFunctionType1",
    "PatchedWidgetAggregationFunctionType2Type1",
    "PatchedWidgetAggregationFunctionType3Type1",
    "PatchedWidgetChartType",
    "PatchedWidgetDataTypeType1",
    "PatchedWidgetDataTypeType2Type1",
    "PatchedWidgetDataTypeType3Type1",
    "PatchedWidgetEffectiveFilters",
    "PatchedWidgetEffectiveFiltersOp",
    "PatchedWidgetEffectiveFiltersOperator",
    "PatchedWidgetFiltersType0",
    "PatchedWidgetFiltersType0Op",
    "PatchedWidgetFiltersType0Operator",
    "PatchedWidgetTimePeriodType1",
    "PatchedWidgetTimePeriodType2Type1",
    "PatchedWidgetTimePeriodType3Type1",
    "PaymentHistory",
    "PaymentHistoryPaymentTypeType1",
    "PaymentHistoryPaymentTypeType2Type1",
    "PaymentHistoryPaymentTypeType3Type1",
    "Personality",
    "PersonalityCallServiceProvider",
    "PersonalityGender",
    "PersonalityLanguage",
    "PhoneNumber",
    "PhoneNumberCallServiceProvider",
    "PhoneNumberDetail",
    "PhoneNumberDetailCallServiceProvider",
    "PhoneNumberDetailProviderType1",
    "PhoneNumberDetailProviderType2Type1",
    "PhoneNumberDetailProviderType3Type1",
    "PhoneNumberInbound",
    "PhoneNumberProviderType1",
    "PhoneNumberProviderType2Type1",
    "PhoneNumberProviderType3Type1",
    "PhoneNumbersCheckOccupancyRetrieveResponse200",
    "PhoneNumbersCheckOccupancyRetrieveResponse400",
    "PhoneNumbersExternalCheckOccupancyRetrieveResponse200",
    "PhoneNumbersExternalCheckOccupancyRetrieveResponse400",
    "Pipecat",
    "PredefinedMetric",
    "PredefinedMetricCategoryType1",
    "PredefinedMetricCategoryType2Type1",
    "PredefinedMetricCategoryType3Type1",
    "PredefinedMetricCopyRequest",
    "PredefinedMetricEvalType",
    "PredefinedMetricEvaluationTrigger",
    "PredefinedMetricType",
    "PRFile",
    "ProcessFeedbacksRequest",
    "ProcessFeedbacksRequestMetricType",
    "ProcessFeedbacksResponse",
    "ProcessFeedbacksResponseImprovedTriggerKind",
    "ProcessFeedbacksResponseTriggerType",
    "ProcessFeedbacksResponseType",
    "Project",
    "ProjectInline",
    "ProjectsDisablePersonalitiesCreateResponse200",
    "ProjectsEnablePersonalitiesCreateResponse200",
    "ProjectsExternalDisablePersonalitiesCreateResponse200",
    "ProjectsExternalEnablePersonalitiesCreateResponse200",
    "ProviderCredentialDetail",
    "ProviderCredentialDetailProvider",
    "ProviderCredentialList",
    "ProviderCredentialListProvider",
    "RenameFolderRequest",
    "RerunEvaluation",
    "Result",
    "ResultDetailV2",
    "ResultDetailV2Runs",
    "ResultDetailV2Status",
    "ResultRuns",
    "ResultScenarios",
    "ResultsRetrieveResponse404",
    "ResultStatus",
    "ResultsV1ExternalRetrieveResponse404",
    "ResultsV1RetrieveResponse404",
    "RetellChatConfig",
    "RetellConfig",
    "ReviewResult",
    "Run",
    "RunEvaluationStatus",
    "RunGeneratedMockToolEntriesItem",
    "RunList",
    "RunListCriticalCategories",
    "RunListCriticalCategoriesPriority",
    "RunListEvaluationStatus",
    "RunListExpectedOutcome",
    "RunListMetadata",
    "RunListStatus",
    "RunListTranscriptObject",
    "RunLivekitScenarios",
    "RunReviewsRequest",
    "RunReviewsRequestLlmProvider",
    "RunReviewsRequestTriggerType",
    "RunReviewsRequestType",
    "RunScenarioResult",
    "RunScenarioResultRuns",
    "RunScenarioResultStatus",
    "RunScenariosEmail",
    "RunScenariosRetellWebRTCRequest",
    "RunScenariosVapiWebRTCRequest",
    "RunScenariosWithWebsockets",
    "RunsListStatus",
    "RunsMarkMetricVoteCreateResponse400",
    "RunsMarkMetricVoteCreateResponse404",
    "RunStatus",
    "RunsV1ExternalListStatus",
    "RunsV1ExternalMarkMetricVoteCreateResponse400",
    "RunsV1ExternalMarkMetricVoteCreateResponse404",
    "RunsV1ListStatus",
    "RunsV1MarkMetricVoteCreateResponse400",
    "RunsV1MarkMetricVoteCreateResponse404",
    "RunTraceResponse",
    "Scenario",
    "ScenarioAgentProgress",
    "ScenarioAgentProgressResultType0",
    "ScenarioAgentRequest",
    "ScenarioAgentRequestAgentSelections",
    "ScenarioAgentRequestPendingToolCallsType0Item",
    "ScenarioAgentRequestUpdatedScenariosItem",
    "ScenarioAgentStartResponse",
    "ScenarioFolder",
    "ScenarioFolderCreate",
    "ScenarioHistory",
    "ScenarioHistoryHistoryType",
    "ScenarioHistoryScenarioLanguageType1",
    "ScenarioHistoryScenarioLanguageType2Type1",
    "ScenarioHistoryScenarioLanguageType3Type1",
    "ScenarioHistoryScenarioType",
    "ScenarioHistorySuiteType",
    "ScenarioImprovementSessionCreate",
    "ScenarioImprovementSessionDetail",
    "ScenarioImprovementSessionDetailStatus",
    "ScenarioImprovementSessionList",
    "ScenarioImprovementSessionListStatus",
    "ScenarioInline",
    "ScenarioInstructionsRequest",
    "ScenarioList",
    "ScenarioListScenarioLanguageType1",
    "ScenarioListScenarioLanguageType2Type1",
    "ScenarioListScenarioLanguageType3Type1",
    "ScenarioListScenarioType",
    "ScenarioRestoreRequest",
    "ScenariosBulkDelete2Response400",
    "ScenariosBulkDelete3Response400",
    "ScenariosBulkDeleteRequest",
    "ScenariosBulkDeleteResponse400",
    "ScenariosBulkUpdate2Response400",
    "ScenariosBulkUpdate3Response400",
    "ScenariosBulkUpdateRequest",
    "ScenariosBulkUpdateResponse400",
    "ScenariosCancelAgentCreateBody",
    "ScenariosCancelAgentCreateResponse200",
    "ScenariosCancelAgentCreateResponse400",
    "ScenarioScenarioLanguage",
    "ScenarioScenarioType",
    "ScenariosConditionAudioCreateBody",
    "ScenariosConditionAudioCreateResponse400",
    "ScenariosConditionAudioCreateResponse409",
    "ScenariosConditionAudioDestroyResponse200",
    "ScenariosConditionAudioDestroyResponse404",
    "ScenariosCreateFromTranscriptBg2Response200",
    "ScenariosCreateFromTranscriptBg2Response400",
    "ScenariosCreateFromTranscriptBg3Response200",
    "ScenariosCreateFromTranscriptBg3Response400",
    "ScenariosCreateFromTranscriptBgResponse200",
    "ScenariosCreateFromTranscriptBgResponse400",
    "ScenariosCreateFromTranscriptProgress2Response200",
    "ScenariosCreateFromTranscriptProgress2Response200ScenarioType0",
    "ScenariosCreateFromTranscriptProgress2Response200Status",
    "ScenariosCreateFromTranscriptProgress2Response400",
    "ScenariosCreateFromTranscriptProgress3Response200",
    "ScenariosCreateFromTranscriptProgress3Response200ScenarioType0",
    "ScenariosCreateFromTranscriptProgress3Response200Status",
    "ScenariosCreateFromTranscriptProgress3Response400",
    "ScenariosCreateFromTranscriptProgressResponse200",
    "ScenariosCreateFromTranscriptProgressResponse200ScenarioType0",
    "ScenariosCreateFromTranscriptProgressResponse200Status",
    "ScenariosCreateFromTranscriptProgressResponse400",
    "ScenariosCreateResponse400",
    "ScenariosDestroyResponse404",
    "ScenariosDiscardChangesCreateBody",
    "ScenariosDiscardChangesCreateResponse200",
    "ScenariosDiscardChangesCreateResponse400",
    "ScenariosDuplicateCreateResponse400",
    "ScenarioSerializerV2",
    "ScenarioSerializerV2ScenarioLanguage",
    "ScenarioSerializerV2ScenarioType",
    "ScenarioSerializerV2SuiteType",
    "ScenariosExternalCancelAgentCreateBody",
    "ScenariosExternalCancelAgentCreateResponse200",
    "ScenariosExternalCancelAgentCreateResponse400",
    "ScenariosExternalConditionAudioCreateBody",
    "ScenariosExternalConditionAudioCreateResponse400",
    "ScenariosExternalConditionAudioCreateResponse409",
    "ScenariosExternalConditionAudioDestroyResponse200",
    "ScenariosExternalConditionAudioDestroyResponse404",
    "ScenariosExternalCreateResponse400",
    "ScenariosExternalDestroyResponse404",
    "ScenariosExternalDiscardChangesCreateBody",
    "ScenariosExternalDiscardChangesCreateResponse200",
    "ScenariosExternalDiscardChangesCreateResponse400",
    "ScenariosExternalDuplicateCreateResponse400",
    "ScenariosExternalImproveInstructionsCreateResponse400",
    "ScenariosExternalListTagFilterType",
    "ScenariosExternalPartialUpdateResponse400",
    "ScenariosExternalRetrieveResponse404",
    "ScenariosGenerateBg2Response200",
    "ScenariosGenerateBg2Response400",
    "ScenariosGenerateBg3Response200",
    "ScenariosGenerateBg3Response400",
    "ScenariosGenerateBgResponse200",
    "ScenariosGenerateBgResponse400",
    "ScenariosGenerateClarifyAnswer2Response200",
    "ScenariosGenerateClarifyAnswer3Response200",
    "ScenariosGenerateClarifyAnswerResponse200",
    "ScenariosGenerateProgress2Response200",
    "ScenariosGenerateProgress2Response200ScenariosListItem",
    "ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItem",
    "ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry",
    "ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput",
    "ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput",
    "ScenariosGenerateProgress2Response200ScenariosListItemInboundPhoneNumberData",
    "ScenariosGenerateProgress2Response200ScenariosListItemInformationFields",
    "ScenariosGenerateProgress2Response200ScenariosListItemTestProfileData",
    "ScenariosGenerateProgress2Response400",
    "ScenariosGenerateProgress3Response200",
    "ScenariosGenerateProgress3Response200ScenariosListItem",
    "ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItem",
    "ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry",
    "ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput",
    "ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput",
    "ScenariosGenerateProgress3Response200ScenariosListItemInboundPhoneNumberData",
    "ScenariosGenerateProgress3Response200ScenariosListItemInformationFields",
    "ScenariosGenerateProgress3Response200ScenariosListItemTestProfileData",
    "ScenariosGenerateProgress3Response400",
    "ScenariosGenerateProgressResponse200",
    "ScenariosGenerateProgressResponse200ScenariosListItem",
    "ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItem",
    "ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntry",
    "ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput",
    "ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput",
    "ScenariosGenerateProgressResponse200ScenariosListItemInboundPhoneNumberData",
    "ScenariosGenerateProgressResponse200ScenariosListItemInformationFields",
    "ScenariosGenerateProgressResponse200ScenariosListItemTestProfileData",
    "ScenariosGenerateProgressResponse400",
    "ScenariosImproveInstructionsCreateResponse400",
    "ScenariosListTagFilterType",
    "ScenariosPartialUpdateResponse400",
    "ScenariosRefine2Response400",
    "ScenariosRefine3Response400",
    "ScenariosRefineProgress2Response400",
    "ScenariosRefineProgress3Response400",
    "ScenariosRefineProgressResponse400",
    "ScenariosRefineResponse400",
    "ScenariosRetrieveResponse404",
    "ScenariosRunAgora2Response200",
    "ScenariosRunAgora2Response200RunsItem",
    "ScenariosRunAgora2Response200RunsItemStatus",
    "ScenariosRunAgora2Response200RunsItemTestProfileDataType0",
    "ScenariosRunAgora2Response200Status",
    "ScenariosRunAgora2Response400",
    "ScenariosRunAgora3Response200",
    "ScenariosRunAgora3Response200RunsItem",
    "ScenariosRunAgora3Response200RunsItemStatus",
    "ScenariosRunAgora3Response200RunsItemTestProfileDataType0",
    "ScenariosRunAgora3Response200Status",
    "ScenariosRunAgora3Response400",
    "ScenariosRunAgoraResponse200",
    "ScenariosRunAgoraResponse200RunsItem",
    "ScenariosRunAgoraResponse200RunsItemStatus",
    "ScenariosRunAgoraResponse200RunsItemTestProfileDataType0",
    "ScenariosRunAgoraResponse200Status",
    "ScenariosRunAgoraResponse400",
    "ScenariosRunApiChat2Response400",
    "ScenariosRunApiChat3Response400",
    "ScenariosRunApiChatResponse400",
    "ScenariosRunChirp2Response200",
    "ScenariosRunChirp2Response200RunsItem",
    "ScenariosRunChirp2Response200RunsItemStatus",
    "ScenariosRunChirp2Response200RunsItemTestProfileDataType0",
    "ScenariosRunChirp2Response200Status",
    "ScenariosRunChirp2Response400",
    "ScenariosRunChirp3Response200",
    "ScenariosRunChirp3Response200RunsItem",
    "ScenariosRunChirp3Response200RunsItemStatus",
    "ScenariosRunChirp3Response200RunsItemTestProfileDataType0",
    "ScenariosRunChirp3Response200Status",
    "ScenariosRunChirp3Response400",
    "ScenariosRunChirpResponse200",
    "ScenariosRunChirpResponse200RunsItem",
    "ScenariosRunChirpResponse200RunsItemStatus",
    "ScenariosRunChirpResponse200RunsItemTestProfileDataType0",
    "ScenariosRunChirpResponse200Status",
    "ScenariosRunChirpResponse400",
    "ScenariosRunElevenlabs2Response200",
    "ScenariosRunElevenlabs2Response200RunsItem",
    "ScenariosRunElevenlabs2Response200RunsItemStatus",
    "ScenariosRunElevenlabs2Response200RunsItemTestProfileDataType0",
    "ScenariosRunElevenlabs2Response200Status",
    "ScenariosRunElevenlabs2Response400",
    "ScenariosRunElevenlabs3Response200",
    "ScenariosRunElevenlabs3Response200RunsItem",
    "ScenariosRunElevenlabs3Response200RunsItemStatus",
    "ScenariosRunElevenlabs3Response200RunsItemTestProfileDataType0",
    "ScenariosRunElevenlabs3Response200Status",
    "ScenariosRunElevenlabs3Response400",
    "ScenariosRunElevenlabsResponse200",
    "ScenariosRunElevenlabsResponse200RunsItem",
    "ScenariosRunElevenlabsResponse200RunsItemStatus",
    "ScenariosRunElevenlabsResponse200RunsItemTestProfileDataType0",
    "ScenariosRunElevenlabsResponse200Status",
    "ScenariosRunElevenlabsResponse400",
    "ScenariosRunJson2Response200",
    "ScenariosRunJson2Response200RunsItem",
    "ScenariosRunJson2Response200RunsItemStatus",
    "ScenariosRunJson2Response200RunsItemTestProfileDataType0",
    "ScenariosRunJson2Response200Status",
    "ScenariosRunJson2Response400",
    "ScenariosRunJson3Response200",
    "ScenariosRunJson3Response200RunsItem",
    "ScenariosRunJson3Response200RunsItemStatus",
    "ScenariosRunJson3Response200RunsItemTestProfileDataType0",
    "ScenariosRunJson3Response200Status",
    "ScenariosRunJson3Response400",
    "ScenariosRunJsonResponse200",
    "ScenariosRunJsonResponse200RunsItem",
    "ScenariosRunJsonResponse200RunsItemStatus",
    "ScenariosRunJsonResponse200RunsItemTestProfileDataType0",
    "ScenariosRunJsonResponse200Status",
    "ScenariosRunJsonResponse400",
    "ScenariosRunLivekitV22Response200",
    "ScenariosRunLivekitV22Response200RunsItem",
    "ScenariosRunLivekitV22Response200RunsItemStatus",
    "ScenariosRunLivekitV22Response200RunsItemTestProfileDataType0",
    "ScenariosRunLivekitV22Response200Status",
    "ScenariosRunLivekitV22Response400",
    "ScenariosRunLivekitV23Response200",
    "ScenariosRunLivekitV23Response200RunsItem",
    "ScenariosRunLivekitV23Response200RunsItemStatus",
    "ScenariosRunLivekitV23Response200RunsItemTestProfileDataType0",
    "ScenariosRunLivekitV23Response200Status",
    "ScenariosRunLivekitV23Response400",
    "ScenariosRunLivekitV2Response200",
    "ScenariosRunLivekitV2Response200RunsItem",
    "ScenariosRunLivekitV2Response200RunsItemStatus",
    "ScenariosRunLivekitV2Response200RunsItemTestProfileDataType0",
    "ScenariosRunLivekitV2Response200Status",
    "ScenariosRunLivekitV2Response400",
    "ScenariosRunPipecatV12Response200",
    "ScenariosRunPipecatV12Response200RunsItem",
    "ScenariosRunPipecatV12Response200RunsItemStatus",
    "ScenariosRunPipecatV12Response200RunsItemTestProfileDataType0",
    "ScenariosRunPipecatV12Response200Status",
    "ScenariosRunPipecatV12Response400",
    "ScenariosRunPipecatV13Response200",
    "ScenariosRunPipecatV13Response200RunsItem",
    "ScenariosRunPipecatV13Response200RunsItemStatus",
    "ScenariosRunPipecatV13Response200RunsItemTestProfileDataType0",
    "ScenariosRunPipecatV13Response200Status",
    "ScenariosRunPipecatV13Response400",
    "ScenariosRunPipecatV1Response200",
    "ScenariosRunPipecatV1Response200RunsItem",
    "ScenariosRunPipecatV1Response200RunsItemStatus",
    "ScenariosRunPipecatV1Response200RunsItemTestProfileDataType0",
    "ScenariosRunPipecatV1Response200Status",
    "ScenariosRunPipecatV1Response400",
    "ScenariosRunPipecatV22Response200",
    "ScenariosRunPipecatV22Response200RunsItem",
    "ScenariosRunPipecatV22Response200RunsItemStatus",
    "ScenariosRunPipecatV22Response200RunsItemTestProfileDataType0",
    "ScenariosRunPipecatV22Response200Status",
    "ScenariosRunPipecatV22Response400",
    "ScenariosRunPipecatV23Response200",
    "ScenariosRunPipecatV23Response200RunsItem",
    "ScenariosRunPipecatV23Response200RunsItemStatus",
    "ScenariosRunPipecatV23Response200RunsItemTestProfileDataType0",
    "ScenariosRunPipecatV23Response200Status",
    "ScenariosRunPipecatV23Response400",
    "ScenariosRunPipecatV2Response200",
    "ScenariosRunPipecatV2Response200RunsItem",
    "ScenariosRunPipecatV2Response200RunsItemStatus",
    "ScenariosRunPipecatV2Response200RunsItemTestProfileDataType0",
    "ScenariosRunPipecatV2Response200Status",
    "ScenariosRunPipecatV2Response400",
    "ScenariosRunRetellWebrtc2Response200",
    "ScenariosRunRetellWebrtc2Response200RunsItem",
    "ScenariosRunRetellWebrtc2Response200RunsItemStatus",
    "ScenariosRunRetellWebrtc2Response200RunsItemTestProfileDataType0",
    "ScenariosRunRetellWebrtc2Response200Status",
    "ScenariosRunRetellWebrtc2Response400",
    "ScenariosRunRetellWebrtc3Response200",
    "ScenariosRunRetellWebrtc3Response200RunsItem",
    "ScenariosRunRetellWebrtc3Response200RunsItemStatus",
    "ScenariosRunRetellWebrtc3Response200RunsItemTestProfileDataType0",
    "ScenariosRunRetellWebrtc3Response200Status",
    "ScenariosRunRetellWebrtc3Response400",
    "ScenariosRunRetellWebrtcResponse200",
    "ScenariosRunRetellWebrtcResponse200RunsItem",
    "ScenariosRunRetellWebrtcResponse200RunsItemStatus",
    "ScenariosRunRetellWebrtcResponse200RunsItemTestProfileDataType0",
    "ScenariosRunRetellWebrtcResponse200Status",
    "ScenariosRunRetellWebrtcResponse400",
    "ScenariosRunSip2Response200",
    "ScenariosRunSip2Response200RunsItem",
    "ScenariosRunSip2Response200RunsItemStatus",
    "ScenariosRunSip2Response200RunsItemTestProfileDataType0",
    "ScenariosRunSip2Response200Status",
    "ScenariosRunSip2Response400",
    "ScenariosRunSip3Response200",
    "ScenariosRunSip3Response200RunsItem",
    "ScenariosRunSip3Response200RunsItemStatus",
    "ScenariosRunSip3Response200RunsItemTestProfileDataType0",
    "ScenariosRunSip3Response200Status",
    "ScenariosRunSip3Response400",
    "ScenariosRunSipResponse200",
    "ScenariosRunSipResponse200RunsItem",
    "ScenariosRunSipResponse200RunsItemStatus",
    "ScenariosRunSipResponse200RunsItemTestProfileDataType0",
    "ScenariosRunSipResponse200Status",
    "ScenariosRunSipResponse400",
    "ScenariosRunText2Response201",
    "ScenariosRunText2Response201RunsItem",
    "ScenariosRunText2Response201RunsItemStatus",
    "ScenariosRunText2Response201RunsItemTestProfileDataType0",
    "ScenariosRunText2Response201Status",
    "ScenariosRunText2Response400",
    "ScenariosRunText3Response201",
    "ScenariosRunText3Response201RunsItem",
    "ScenariosRunText3Response201RunsItemStatus",
    "ScenariosRunText3Response201RunsItemTestProfileDataType0",
    "ScenariosRunText3Response201Status",
    "ScenariosRunText3Response400",
    "ScenariosRunTextResponse201",
    "ScenariosRunTextResponse201RunsItem",
    "ScenariosRunTextResponse201RunsItemStatus",
    "ScenariosRunTextResponse201RunsItemTestProfileDataType0",
    "ScenariosRunTextResponse201Status",
    "ScenariosRunTextResponse400",
    "ScenariosRunVapiWebrtc2Response200",
    "ScenariosRunVapiWebrtc2Response200RunsItem",
    "ScenariosRunVapiWebrtc2Response200RunsItemStatus",
    "ScenariosRunVapiWebrtc2Response200RunsItemTestProfileDataType0",
    "ScenariosRunVapiWebrtc2Response200Status",
    "ScenariosRunVapiWebrtc2Response400",
    "ScenariosRunVapiWebrtc3Response200",
    "ScenariosRunVapiWebrtc3Response200RunsItem",
    "ScenariosRunVapiWebrtc3Response200RunsItemStatus",
    "ScenariosRunVapiWebrtc3Response200RunsItemTestProfileDataType0",
    "ScenariosRunVapiWebrtc3Response200Status",
    "ScenariosRunVapiWebrtc3Response400",
    "ScenariosRunVapiWebrtcResponse200",
    "ScenariosRunVapiWebrtcResponse200RunsItem",
    "ScenariosRunVapiWebrtcResponse200RunsItemStatus",
    "ScenariosRunVapiWebrtcResponse200RunsItemTestProfileDataType0",
    "ScenariosRunVapiWebrtcResponse200Status",
    "ScenariosRunVapiWebrtcResponse400",
    "ScenariosRunVoice2Response201",
    "ScenariosRunVoice2Response201RunsItem",
    "ScenariosRunVoice2Response201RunsItemStatus",
    "ScenariosRunVoice2Response201RunsItemTestProfileDataType0",
    "ScenariosRunVoice2Response201Status",
    "ScenariosRunVoice2Response400",
    "ScenariosRunVoice3Response201",
    "ScenariosRunVoice3Response201RunsItem",
    "ScenariosRunVoice3Response201RunsItemStatus",
    "ScenariosRunVoice3Response201RunsItemTestProfileDataType0",
    "ScenariosRunVoice3Response201Status",
    "ScenariosRunVoice3Response400",
    "ScenariosRunVoiceResponse201",
    "ScenariosRunVoiceResponse201RunsItem",
    "ScenariosRunVoiceResponse201RunsItemStatus",
    "ScenariosRunVoiceResponse201RunsItemTestProfileDataType0",
    "ScenariosRunVoiceResponse201Status",
    "ScenariosRunVoiceResponse400",
    "ScenariosRunWebsocket2Response201",
    "ScenariosRunWebsocket2Response201RunsItem",
    "ScenariosRunWebsocket2Response201RunsItemStatus",
    "ScenariosRunWebsocket2Response201RunsItemTestProfileDataType0",
    "ScenariosRunWebsocket2Response201Status",
    "ScenariosRunWebsocket2Response400",
    "ScenariosRunWebsocket3Response201",
    "ScenariosRunWebsocket3Response201RunsItem",
    "ScenariosRunWebsocket3Response201RunsItemStatus",
    "ScenariosRunWebsocket3Response201RunsItemTestProfileDataType0",
    "ScenariosRunWebsocket3Response201Status",
    "ScenariosRunWebsocket3Response400",
    "ScenariosRunWebsocketResponse201",
    "ScenariosRunWebsocketResponse201RunsItem",
    "ScenariosRunWebsocketResponse201RunsItemStatus",
    "ScenariosRunWebsocketResponse201RunsItemTestProfileDataType0",
    "ScenariosRunWebsocketResponse201Status",
    "ScenariosRunWebsocketResponse400",
    "ScenarioSuiteType",
    "ScenarioWithWebsocket",
    "SchemaAgentProviderCreate",
    "SchemaAgentProviderCreateRedactFieldsType0Item",
    "SchemaAgentProviderCreateType",
    "SchemaCreateScenariosProgressResponse",
    "SchemaCreateScenariosProgressResponseErrorsItem",
    "SchemaCreateShareableLinkTokenResponse",
    "SchemaElevenLabsData",
    "SchemaGenerateMetricsMetricCreate",
    "SchemaGenerateMetricsResponse",
    "SchemaGenerateScenarios",
    "SchemaGenerateScenariosAttackTypeType1",
    "SchemaGenerateScenariosAttackTypeType2Type1",
    "SchemaGenerateScenariosAttackTypeType3Type1",
    "SchemaGenerateScenariosScenarioType",
    "SchemaGenerateScenariosSimulationType",
    "SchemaGenerateScenariosUpload",
    "SchemaGenerateScenariosUploadAttackTypeType1",
    "SchemaGenerateScenariosUploadAttackTypeType2Type1",
    "SchemaGenerateScenariosUploadAttackTypeType3Type1",
    "SchemaGenerateScenariosUploadScenarioType",
    "SchemaGenerateScenariosUploadSimulationType",
    "SchemaPipecatScenario",
    "SchemaPipecatV2Data",
    "SchemaPipecatV2Scenario",
    "SchemaPostAIAgentTestProfileExternal",
    "SchemaPostAIAgentTestProfileExternalInformation",
    "SchemaPostAIAgentV2",
    "SchemaPostAIAgentV2Language",
    "SchemaPostBulkDeleteResults",
    "SchemaPostBulkEvaluateResultMetrics",
    "SchemaPostCopyAgent",
    "SchemaPostCreateFromCallLogRequest",
    "SchemaPostCreateFromCallLogsRequest",
    "SchemaPostCreateFromRunRequest",
    "SchemaPostCreateScenarios",
    "SchemaPostCreateShareableLinkToken",
    "SchemaPostCronJob",
    "SchemaPostCronJobExecutionMode",
    "SchemaPostCronJobTimezone",
    "SchemaPostDeleteRuns",
    "SchemaPostMetricEdit",
    "SchemaPostMetricEditConfiguration",
    "SchemaPostMetricEditEvalType",
    "SchemaPostMetricEditEvaluationTrigger",
    "SchemaPostMetricEditTriggerType",
    "SchemaPostMetricEditType",
    "SchemaPostReRunResultDetail",
    "SchemaPostRunScenarios",
    "SchemaPostRunScenariosApiChat",
    "SchemaPostRunScenariosChirp",
    "SchemaPostRunScenariosChirpMode",
    "SchemaPostRunScenariosElevenLabs",
    "SchemaPostRunScenariosElevenLabsMode",
    "SchemaPostRunScenariosMode",
    "SchemaPostRunScenariosPipecat",
    "SchemaPostRunScenariosPipecatV2",
    "SchemaPostRunScenariosSip",
    "SchemaPostRunScenariosSipMode",
    "SchemaPostRunScenariosText",
    "SchemaPostRunScenariosTextWebsocketHeaders",
    "SchemaPostScenario",
    "SchemaPostScenarioScenarioType",
    "SchemaPostSimulateScenario",
    "SchemaScenario",
    "SchemaScenarioInformationFields",
    "SchemaScenarioScenarioLanguage",
    "SchemaScenarioSuiteType",
    "SchemaUpdateAIAgentExternal",
    "SchemaUpdateAIAgentExternalAssistantProvider",
    "SchemaUpdateAIAgentExternalLanguage",
    "SchemaUpdateAIAgentExternalLlmModel",
    "SchemaUpdateAIAgentExternalTranscriptProvider",
    "SchemaUpdateAIAgentExternalWebsocketHeaders",
    "SelfHosted",
    "SelfHostedWebSocket",
    "SelfHostedWebSocketHeaders",
    "SierraChatConfig",
    "SimplifyPromptProgressResponse",
    "SimplifyPromptRequest",
    "SimplifyPromptResponse",
    "SimulateScenarioTranscriptMessage",
    "SimulateScenarioTranscriptMessageRole",
    "SlackWorkspace",
    "Subscription",
    "SubscriptionStatus",
    "SubscriptionStatusPack",
    "SubscriptionStatusStatus",
    "Synthflow",
    "TestFrameworkBillingUsageChartRetrieveTimePeriod",
    "TestFrameworkV2ScenariosCancelAgentCreateBody",
    "TestFrameworkV2ScenariosCancelAgentCreateResponse200",
    "TestFrameworkV2ScenariosCancelAgentCreateResponse400",
    "TestFrameworkV2ScenariosConditionAudioCreateBody",
    "TestFrameworkV2ScenariosConditionAudioCreateResponse400",
    "TestFrameworkV2ScenariosConditionAudioCreateResponse409",
    "TestFrameworkV2ScenariosConditionAudioDestroyResponse200",
    "TestFrameworkV2ScenariosConditionAudioDestroyResponse404",
    "TestFrameworkV2ScenariosCreateResponse400",
    "TestFrameworkV2ScenariosDestroyResponse404",
    "TestFrameworkV2ScenariosDiscardChangesCreateBody",
    "TestFrameworkV2ScenariosDiscardChangesCreateResponse200",
    "TestFrameworkV2ScenariosDiscardChangesCreateResponse400",
    "TestFrameworkV2ScenariosDuplicateCreateResponse400",
    "TestFrameworkV2ScenariosImproveInstructionsCreateResponse400",
    "TestFrameworkV2ScenariosListTagFilterType",
    "TestFrameworkV2ScenariosPartialUpdateResponse400",
    "TestFrameworkV2ScenariosRetrieveResponse404",
    "TestProfileData",
    "TestProfileDataInformation",
    "TestProfilesCreateResponse400",
    "TestProfilesDestroyResponse404",
    "TestProfilesExternalCreateResponse400",
    "TestProfilesExternalDestroyResponse404",
    "TestSetDetail",
    "TestSetDetailSourceModel",
    "TestSetInline",
    "TestSetInlineSourceModel",
    "TestSuiteSpecUpload",
    "TestSuiteSpecUploadChannel",
    "TestSuiteSpecUploadFile",
    "TestSuiteSpecUploadFileChannel",
    "TestSuiteSpecUploadFileLivekitData",
    "TestSuiteSpecUploadFilePipecatData",
    "TestSuiteSpecUploadLivekitData",
    "TestSuiteSpecUploadPipecatData",
    "TokenRefresh",
    "Tool",
    "ToolSubscribersItem",
    "TranscriptFunctionCallData",
    "UsageChartResponse",
    "UsageChartResponseDataItem",
    "UsageChartResponseMetadata",
    "UserAPIKey",
    "UserConfiguration",
    "UserConfigurationConfigurationType",
    "UserInline",
    "UserMembership",
    "UserMembershipRole",
    "VAPI",
    "View",
    "Widget",
    "WidgetAggregationFunctionType1",
    "WidgetAggregationFunctionType2Type1",
    "WidgetAggregationFunctionType3Type1",
    "WidgetChartType",
    "WidgetDataResponse",
    "WidgetDataResponseDataItem",
    "WidgetDataResponseMetadata",
    "WidgetDataResponseMetadataDataType",
    "WidgetDataTypeType1",
    "WidgetDataTypeType2Type1",
    "WidgetDataTypeType3Type1",
    "WidgetEffectiveFilters",
    "WidgetEffectiveFiltersOp",
    "WidgetEffectiveFiltersOperator",
    "WidgetFiltersType0",
    "WidgetFiltersType0Op",
    "WidgetFiltersType0Operator",
    "WidgetTimePeriodType1",
    "WidgetTimePeriodType2Type1",
    "WidgetTimePeriodType3Type1",
)
