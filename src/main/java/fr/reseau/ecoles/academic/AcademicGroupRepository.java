package fr.reseau.ecoles.academic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AcademicGroupRepository extends JpaRepository<AcademicGroup, String> {

  List<AcademicGroup> findAllByOrderByAcademieAscIdAsc();

  /** The groups a person belongs to as a teacher, the référent or the IA-IPR. */
  @Query(
      "select distinct g from AcademicGroup g left join g.members m"
          + " where m = :userId or g.inspectorUserId = :userId order by g.academie, g.id")
  List<AcademicGroup> involving(String userId);

  boolean existsByReferentUserId(String userId);
}
